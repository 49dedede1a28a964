// The lab end to end with the tree's own userland (DESIGN "The lab", steps 1-7): the kernel edits,
// the lesson's user program from usr/lab, one `make CC=gcc` for vmlinux + programs + initramfs,
// then at the shell prompt `./mykernelprint hello`, `dmesg`, and tracing switched on from the
// shell through /proc/syscall_trace.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { oracleAvailable } from '../support/oracle.ts';
import { runQemu } from '../support/qemu.ts';
import {
  copyKernelTree,
  kernelTree,
  makeKernel,
  packInitramfs,
  scratch,
  type KernelBuild,
  type Scratch,
} from '../support/kernel-build.ts';
import { applyLab, applyUserLab } from './lab-steps.ts';

const haveUserland = existsSync(join(kernelTree, 'usr/lab/solution/mykernelprint.c'));
const ok = oracleAvailable('qemu-system-i386', 'gcc', 'make', 'cpio') && haveUserland;
if (!haveUserland) console.warn('skipping: kernel/usr/lab/solution is not there yet');

describe.skipIf(!ok)('the lab at the shell prompt', () => {
  let tmp: Scratch;
  let build: KernelBuild;
  let initrd: string;

  beforeAll(async () => {
    tmp = scratch('kernel-lab-shell');
    const tree = copyKernelTree(join(tmp.dir, 'tree'));
    applyLab(tree);
    applyUserLab(tree);
    build = await makeKernel(tree, ['all']);
    if (!build.ok) throw new Error(`make failed:\n${build.log}`);
    // the kernel's symbol table, appended as a second archive (Documentation/oops.txt)
    const map = packInitramfs(
      [{ path: '/boot/System.map', src: build.systemMap, mode: 0o444 }],
      join(tmp.dir, 'map.cpio'),
    );
    initrd = join(tmp.dir, 'initramfs.cpio');
    writeFileSync(
      initrd,
      Buffer.concat([readFileSync(join(tree, 'usr/initramfs.cpio')), readFileSync(map)]),
    );
  }, 240_000);
  afterAll(() => tmp?.dispose());

  it('prints hello in the kernel log and traces syscall 338 on demand', async () => {
    const r = await runQemu({
      kernel: build.vmlinux,
      initrd,
      append: 'console=ttyS0',
      input: [
        { waitFor: '# ', send: './mykernelprint hello\r' },
        // Wait for the prompt: a command typed ahead would let the next '# ' match the
        // prompt printed before dmesg's output instead of after it.
        { waitFor: 'MyPrintK returned', send: '' },
        { waitFor: '# ', send: 'dmesg | tail -3\r' },
        { waitFor: '# ', send: 'echo 338 > /proc/syscall_trace\r' },
        { waitFor: '# ', send: './mykernelprint again\r' },
        { waitFor: 'MyPrintK returned', send: 'poweroff\r' },
      ],
      timeoutMs: 30_000,
    });
    expect(r.text, `QEMU: ${r.stderr} (timed out: ${r.timedOut})`).toContain(
      'calling MyPrintK("hello"), system call 338',
    );
    expect(r.text).toMatch(/^hello\r$/m);
    expect(r.text).toContain('MyPrintK returned 0');
    const dmesg = r.text.slice(r.text.indexOf('dmesg | tail -3'), r.text.indexOf('echo 338'));
    expect(dmesg).toMatch(/hello\r?\n/);
    expect(r.text).toMatch(/mykernelprint-\d+ sys_MyPrintK\([0-9a-f]+, /);
    expect(r.text).toMatch(/^again\r$/m);
    expect(r.exitCode).toBe(0);
  });
});
