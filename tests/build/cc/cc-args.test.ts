import { describe, expect, it } from 'vitest';
import { CcUsageError, parseCcArgs } from '../../../build/cli/cc-args.ts';

describe('parseCcArgs (gcc-style command lines)', () => {
  it('reads a Kbuild-like compile line', () => {
    const plan = parseCcArgs([
      '-m32',
      '-O2',
      '-Wall',
      '-ffreestanding',
      '-nostdinc',
      '-Iinclude',
      '-I',
      'arch/x86/include',
      '-D__KERNEL__',
      '-UDEBUG',
      '-g',
      '-MD',
      '-MF',
      'x.d',
      '-c',
      '-o',
      'x.o',
      'x.c',
    ]);
    expect(plan.mode).toBe('compile');
    expect(plan.output).toBe('x.o');
    expect(plan.nostdinc).toBe(true);
    expect(plan.deps).toBe(true);
    expect(plan.depFile).toBe('x.d');
    expect(plan.tccFlags).toEqual([
      '-Wall',
      '-I',
      'include',
      '-I',
      'arch/x86/include',
      '-D',
      '__KERNEL__',
      '-U',
      'DEBUG',
      '-g',
    ]);
    expect(plan.ignored).toEqual(['-m32', '-O2', '-ffreestanding']);
    expect(plan.inputs).toEqual([{ kind: 'source', path: 'x.c', lang: 'c' }]);
  });

  it('keeps link inputs in order: sources, objects, archives and -l', () => {
    const plan = parseCcArgs([
      'a.c',
      'b.o',
      '-Llib',
      '-lm',
      'c.S',
      'd.a',
      '--sysroot=/tree',
      '-static',
      '-nostdlib',
    ]);
    expect(plan.mode).toBe('link');
    expect(plan.inputs.map((i) => (i.kind === 'library' ? `-l${i.name}` : i.path))).toEqual([
      'a.c',
      'b.o',
      '-lm',
      'c.S',
      'd.a',
    ]);
    expect(plan.libraryPaths).toEqual(['lib']);
    expect(plan.sysroot).toBe('/tree');
    expect(plan.nostdlib).toBe(true);
  });

  it('knows -E and -S', () => {
    expect(parseCcArgs(['-E', 'a.c']).mode).toBe('preprocess');
    expect(parseCcArgs(['-S', 'a.c']).mode).toBe('assembly');
  });

  it('rejects what it cannot do, naming the argument', () => {
    expect(() => parseCcArgs(['-m64', 'a.c'])).toThrow(/'-m64' is not supported/);
    expect(() => parseCcArgs(['--frobnicate', 'a.c'])).toThrow(
      /unrecognized command-line option '--frobnicate'/,
    );
    expect(() => parseCcArgs(['-c'])).toThrow(/no input files/);
    expect(() => parseCcArgs(['notes.txt'])).toThrow(/notes\.txt: file format not recognized/);
    expect(() => parseCcArgs(['a.c', '-o'])).toThrow(CcUsageError);
  });
});
