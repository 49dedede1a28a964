// Differential tests against GNU ld for user programs and partial links: the default script (given
// to GNU ld with -T), archives scanned on demand, `ld -r` outputs that each linker accepts from
// the other, and static programs that run natively on the host as i386.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SCRIPT } from '../../../build/link/index.ts';
import { oracleAvailable } from '../../support/oracle.ts';
import {
  compile,
  flatImage,
  gnuLd,
  loadRows,
  nm,
  ours,
  readelfWarnings,
  run,
  runStatus,
  save,
  sectionRows,
  symbolRows,
  symbolSet,
  tempDir,
} from './helpers.ts';

const ok = oracleAvailable('ld', 'readelf', 'objcopy', 'gcc', 'nm', 'ar');

describe.skipIf(!ok)('user programs and partial links vs GNU ld', () => {
  let dir = '',
    script = '',
    crt = '',
    prog = '',
    lib = '';

  beforeAll(() => {
    dir = tempDir('ulink');
    script = join(dir, 'default.lds');
    writeFileSync(script, DEFAULT_SCRIPT);
    crt = compile(dir, 'user/start.S');
    prog = compile(dir, 'user/prog.c');
    const members = ['user/strlen.c', 'user/puts.c', 'user/unused.c'].map((s) => compile(dir, s));
    lib = join(dir, 'libmini.a');
    run('ar', ['rcs', lib, ...members]);
  });

  it('links a static program like GNU ld with the same script', () => {
    const theirs = join(dir, 'prog.gnu');
    gnuLd(['-static', '-T', script, '-o', theirs, crt, prog, '-L', dir, '-lmini']);
    const mine = save(
      ours({ mode: 'executable', inputs: [crt, prog, { library: 'mini' }], libraryPaths: [dir] }),
      join(dir, 'prog.ours'),
    );
    expect(sectionRows(mine)).toEqual(sectionRows(theirs));
    expect(loadRows(mine)).toEqual(loadRows(theirs));
    expect(symbolSet(mine)).toEqual(symbolSet(theirs));
    expect(symbolRows(mine)).toEqual(symbolRows(theirs));
    expect(flatImage(mine).equals(flatImage(theirs))).toBe(true);
    expect(nm(mine)).not.toContain('mini_unused');
    expect(readelfWarnings(mine)).toBe('');
  });

  it('runs natively as i386 with the same output as the GNU-linked program', () => {
    const mine = save(
      ours({ mode: 'executable', inputs: [crt, prog, lib] }),
      join(dir, 'prog.run'),
    );
    const theirs = join(dir, 'prog.run.gnu');
    gnuLd(['-static', '-T', script, '-o', theirs, crt, prog, lib]);
    const a = runStatus(mine, ['x', 'y']);
    const b = runStatus(theirs, ['x', 'y']);
    expect(a.stdout).toBe('linked by ours \n3\n1\n1\n42\n');
    expect(a).toEqual(b);
    expect(a.status).toBe(3);
  });

  it('reads an archive without a symbol index (members scanned on demand)', () => {
    const plain = join(dir, 'libplain.a');
    run('ar', ['rcS', plain, join(dir, 'strlen.o'), join(dir, 'puts.o'), join(dir, 'unused.o')]);
    const r = ours({ mode: 'executable', inputs: [crt, prog, plain] });
    expect(r.ok).toBe(true);
    const withIndex = ours({ mode: 'executable', inputs: [crt, prog, lib] });
    expect(Buffer.from(r.output!).equals(Buffer.from(withIndex.output!))).toBe(true);
  });

  it('makes -r outputs GNU ld links to the same program, and links GNU ld -r outputs', () => {
    const partialOurs = save(
      ours({ mode: 'relocatable', inputs: [prog, join(dir, 'strlen.o'), join(dir, 'puts.o')] }),
      join(dir, 'built-in.ours.o'),
    );
    const partialGnu = join(dir, 'built-in.gnu.o');
    gnuLd(['-r', '-o', partialGnu, prog, join(dir, 'strlen.o'), join(dir, 'puts.o')]);
    expect(readelfWarnings(partialOurs)).toBe('');
    const viaOurs = join(dir, 'p1'),
      viaGnu = join(dir, 'p2');
    gnuLd(['-T', script, '-o', viaOurs, crt, partialOurs]);
    gnuLd(['-T', script, '-o', viaGnu, crt, partialGnu]);
    expect(flatImage(viaOurs).equals(flatImage(viaGnu))).toBe(true);
    const mineOfGnu = save(
      ours({ mode: 'executable', inputs: [crt, partialGnu] }),
      join(dir, 'p3'),
    );
    expect(flatImage(mineOfGnu).equals(flatImage(viaGnu))).toBe(true);
    expect(symbolSet(mineOfGnu)).toEqual(symbolSet(viaGnu));
    expect(symbolRows(mineOfGnu)).toEqual(symbolRows(viaGnu));
    expect(symbolRows(viaOurs)).toEqual(symbolRows(viaGnu));
    expect(runStatus(mineOfGnu, []).stdout).toBe(runStatus(viaGnu, []).stdout);
  });

  it('keeps -r sections, relocations and symbols as GNU ld does', () => {
    const partialOurs = save(
      ours({ mode: 'relocatable', inputs: [prog, join(dir, 'puts.o')] }),
      join(dir, 'r2.ours.o'),
    );
    const partialGnu = join(dir, 'r2.gnu.o');
    gnuLd(['-r', '-o', partialGnu, prog, join(dir, 'puts.o')]);
    const defined = (f: string) => symbolSet(f).filter((l) => !/ [Uuw] /.test(l));
    expect(defined(partialOurs)).toEqual(defined(partialGnu));
    expect(symbolRows(partialOurs)).toEqual(symbolRows(partialGnu));
    const names = (f: string) =>
      sectionRows(f)
        .map((r) => r.split(' ')[0])
        .filter((n) => !n.startsWith('.rel') && n !== 'NULL');
    expect(names(partialOurs)).toEqual(names(partialGnu));
    const relocs = (f: string) =>
      run('readelf', ['-rW', f])
        .split('\n')
        .filter((l) => /^[0-9a-f]{8} /.test(l))
        .map((l) =>
          l
            .split(/\s+/)
            .slice(0, 3)
            .concat(l.split(/\s+/)[4] ?? '')
            .join(' '),
        );
    expect(relocs(partialOurs).length).toBe(relocs(partialGnu).length);
  });
});
