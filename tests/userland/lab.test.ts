// The lab's scaffolding: the solution files drop into usr/lab/, two one-line edits add the
// program to the build and the initramfs, and <linux/unistd.h> gives the kernel's numbers.

import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { oracleAvailable } from '../support/oracle.ts';
import {
  buildOurs,
  buildUserTree,
  must,
  run,
  unistdHeader,
  type UserTree,
} from './support/tree.ts';

const ok = oracleAvailable('gcc', 'make', 'cpio');

/// Uncomments the first commented line of a file that contains `needle`.
function uncomment(file: string, needle: string): void {
  const text = readFileSync(file, 'utf8');
  const line = text.split('\n').find((l) => l.startsWith('#') && l.includes(needle));
  if (!line) throw new Error(`${file}: no commented line with ${needle}`);
  writeFileSync(file, text.replace(line, line.replace(/^#\s*/, '')));
}

describe.skipIf(!ok)('usr/lab', () => {
  let tree: UserTree;

  beforeAll(() => {
    tree = buildUserTree();
  });

  it("<linux/unistd.h> gives user programs the kernel tree's syscall numbers", () => {
    const src = path.join(tree.scratch, 'numbers.c');
    writeFileSync(
      src,
      '#include <stdio.h>\n#include <linux/unistd.h>\nint main(void) { printf("%d %d\\n", __NR_write, __NR_recvmmsg); return 0; }\n',
    );
    const header = readFileSync(unistdHeader(), 'utf8');
    const num = (name: string) =>
      Number(new RegExp(`#define __NR_${name}\\s+(\\d+)`).exec(header)?.[1]);
    expect(run(buildOurs(tree, [src], 'numbers')).stdout).toBe(
      `${num('write')} ${num('recvmmsg')}\n`,
    );
  });

  it('the solution builds with one line in usr/Makefile and one in usr/initramfs_list', () => {
    for (const f of ['mykernelprint.c', 'mykernelprint.h']) {
      copyFileSync(path.join(tree.root, 'usr/lab/solution', f), path.join(tree.root, 'usr/lab', f));
    }
    uncomment(path.join(tree.root, 'usr/Makefile'), 'progs-y += usr/lab/mykernelprint');
    uncomment(path.join(tree.root, 'usr/initramfs_list'), 'file /root/mykernelprint');
    must('make', ['-s', '-f', 'usr/Makefile', 'usr-all', 'CC=gcc'], tree.root);
    const listing = must('cpio', ['-it', '--quiet', '-F', 'usr/initramfs.cpio'], tree.root);
    expect(listing.split('\n')).toContain('root/mykernelprint');
    // On the host, 338 is some other call (or none): the driver must still report cleanly.
    const r = run(path.join(tree.root, 'usr/lab/mykernelprint'), ['hello']);
    expect(r.stdout).toMatch(
      /^calling MyPrintK\("hello"\), system call 338\n(MyPrintK returned \d+|MyPrintK failed: .+)\n/,
    );
  });
});
