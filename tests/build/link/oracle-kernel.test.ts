// Differential tests against GNU ld on a Linux-shaped kernel link: the same objects (gcc -m32 and
// GNU as) and the same script, linked by both; same sections, segments, symbols and bytes, and
// ours boots on QEMU with the same serial output.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { oracleAvailable } from '../../support/oracle.ts';
import {
  compile,
  flatImage,
  gnuLd,
  loadRows,
  nm,
  ours,
  readelfWarnings,
  runStatus,
  save,
  sectionRows,
  symbolRows,
  symbolSet,
  tempDir,
  TESTDATA,
} from './helpers.ts';

const ok = oracleAvailable('ld', 'readelf', 'objcopy', 'gcc', 'nm');

describe.skipIf(!ok)('kernel link vs GNU ld', () => {
  let dir = '';
  let objs: string[] = [];
  const script = join(TESTDATA, 'kernel/vmlinux.lds');
  let mine = '',
    theirs = '';

  beforeAll(() => {
    dir = tempDir('klink');
    objs = ['kernel/head.S', 'kernel/main.c', 'kernel/sys.c', 'kernel/cond.S'].map((s) =>
      compile(dir, s),
    );
    theirs = join(dir, 'vmlinux.gnu');
    gnuLd(['-T', script, '-o', theirs, ...objs]);
    mine = save(
      ours({ mode: 'executable', inputs: objs, wantSystemMap: true }, script),
      join(dir, 'vmlinux.ours'),
    );
  });

  it('lays out the same sections and segments', () => {
    expect(sectionRows(mine)).toEqual(sectionRows(theirs));
    expect(loadRows(mine)).toEqual(loadRows(theirs));
  });

  it('defines the same symbols with the same values and nm letters', () => {
    expect(symbolSet(mine)).toEqual(symbolSet(theirs));
  });

  it('writes the same symbol table rows (value, size, type, bind, visibility, section)', () => {
    expect(symbolRows(mine)).toEqual(symbolRows(theirs));
  });

  it('produces the same loadable bytes', () => {
    expect(flatImage(mine).equals(flatImage(theirs))).toBe(true);
  });

  it('writes System.map exactly as nm -n prints it', () => {
    const r = ours({ mode: 'executable', inputs: objs, wantSystemMap: true }, script);
    expect(r.systemMap).toBe(nm(mine));
  });

  it('is read by readelf, objdump and nm without warnings', () => {
    expect(readelfWarnings(mine)).toBe('');
  });

  it.skipIf(!oracleAvailable('qemu-system-i386'))(
    'boots on QEMU like the GNU-linked kernel',
    () => {
      const boot = (file: string) =>
        runStatus('qemu-system-i386', [
          '-kernel',
          file,
          '-serial',
          'stdio',
          '-display',
          'none',
          '-monitor',
          'none',
          '-device',
          'isa-debug-exit,iobase=0xf4,iosize=0x04',
          '-no-reboot',
          '-m',
          '32',
        ]);
      const a = boot(mine),
        b = boot(theirs);
      expect(a.stdout).toContain('hello from the linked kernel');
      expect(a.stdout).toBe(b.stdout);
      expect(a.status).toBe((0x21 << 1) | 1);
    },
  );
});
