// `make -C kernel CC=gcc LD="syscall-lab ld"`: our linker as a drop-in for GNU ld in the tree's own
// GNU make build (partial links of every directory and vmlinux), against the same build with GNU
// ld. Same loadable bytes, same sections, same System.map; and GNU ld accepts our built-in.o files.
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { oracleAvailable } from '../../support/oracle.ts';
import {
  flatImage,
  gnuLd,
  loadRows,
  nm,
  run,
  runStatus,
  sectionRows,
  symbolRows,
  tempDir,
} from './helpers.ts';

const KERNEL = fileURLToPath(new URL('../../../kernel', import.meta.url));
const CLI = fileURLToPath(new URL('../../../bin/syscall-lab.mjs', import.meta.url));
const ok = oracleAvailable('make', 'gcc', 'ld', 'objcopy', 'nm');

describe.skipIf(!ok)('the kernel tree built by make with LD="syscall-lab ld"', () => {
  let ours = '',
    theirs = '';
  beforeAll(() => {
    const base = tempDir('kmake');
    // Same-length folder names: gcc records them in the DWARF line tables.
    ours = join(base, 'ours');
    theirs = join(base, 'gnus');
    cpSync(KERNEL, ours, { recursive: true });
    cpSync(KERNEL, theirs, { recursive: true });
    run('make', ['-s', '-j2', 'CC=gcc', `LD=${process.execPath} ${CLI} ld`, 'vmlinux'], ours);
    run('make', ['-s', '-j2', 'CC=gcc', 'vmlinux'], theirs);
  });

  it('links the same vmlinux as GNU ld', () => {
    const a = join(ours, 'vmlinux'),
      b = join(theirs, 'vmlinux');
    expect(flatImage(a).equals(flatImage(b))).toBe(true);
    expect(sectionRows(a)).toEqual(sectionRows(b));
    expect(loadRows(a)).toEqual(loadRows(b));
    expect(nm(a)).toBe(nm(b));
    expect(symbolRows(a)).toEqual(symbolRows(b));
  });

  it('writes built-in.o files GNU ld links to the same vmlinux', () => {
    const vars = runStatus(
      'make',
      ['-s', '--no-print-directory', '-p', '-q', 'vmlinux'],
      ours,
    ).stdout;
    const words = (name: string) =>
      (new RegExp(`^${name} :?= (.*)$`, 'm').exec(vars)?.[1] ?? '').split(/\s+/).filter(Boolean);
    const relinked = join(ours, 'vmlinux.gnu');
    gnuLd(
      [
        '-T',
        'arch/x86/kernel/vmlinux.lds',
        '-o',
        relinked,
        ...words('head-y'),
        ...words('vmlinux-main'),
      ],
      ours,
    );
    expect(flatImage(relinked).equals(flatImage(join(theirs, 'vmlinux')))).toBe(true);
  });
});
