import { describe, expect, it } from 'vitest';
import { MakefileError } from '../../../build/kbuild/errors.ts';
import { MemoryBuildFs } from '../../../build/kbuild/memory-build-fs.ts';
import { readMakefile } from '../../../build/kbuild/makefile-reader.ts';

async function read(text: string, extra: Record<string, string> = {}, initial = {}) {
  const fs = new MemoryBuildFs({ '/t/Makefile': text, ...extra });
  return readMakefile('Makefile', { fs, root: '/t', initial });
}

async function failure(text: string, extra: Record<string, string> = {}): Promise<MakefileError> {
  try {
    await read(text, extra);
  } catch (e) {
    expect(e).toBeInstanceOf(MakefileError);
    return e as MakefileError;
  }
  throw new Error('expected a MakefileError');
}

describe('makefile reader: assignments', () => {
  it('handles :=, =, +=, ?= with make semantics', async () => {
    const v = await read(
      [
        'A := one',
        'B = $(A) two',
        'A := changed',
        'C ?= first',
        'C ?= second',
        'B += three',
        'D += x',
      ].join('\n'),
    );
    expect(v.get('A')).toBe('changed');
    expect(v.get('B')).toBe('changed two three');
    expect(v.get('C')).toBe('first');
    expect(v.get('D')).toBe('x');
  });

  it('joins continuations and strips comments but keeps \\#', async () => {
    const v = await read(
      'core-y += kernel/ \\\n\t  mm/   # memory\\\n  still comment\nX := a\\#b # c\n',
    );
    expect(v.words('core-y')).toEqual(['kernel/', 'mm/']);
    expect(v.get('X')).toBe('a#b');
  });

  it('expands ${VAR}, $X, $$, substitution refs and pure functions', async () => {
    const v = await read(
      [
        'O := a.o b.o sub/',
        'S := $(O:.o=.c)',
        'P := $(patsubst %/,%/built-in.o,$(filter %/,${O}))',
        'Q := $(addprefix dir/,$(filter-out %/,$(O)))',
        'X = 1',
        'R := $X$$',
        'T := $(subst a,A,$(O))',
      ].join('\n'),
    );
    expect(v.get('S')).toBe('a.c b.c sub/');
    expect(v.get('P')).toBe('sub/built-in.o');
    expect(v.get('Q')).toBe('dir/a.o dir/b.o');
    expect(v.get('R')).toBe('1$');
    expect(v.get('T')).toBe('A.o b.o sub/');
  });

  it('records where each assignment was made', async () => {
    const v = await read('# top\ncore-y := kernel/\n\ncore-y += mm/\n');
    expect(v.sites('core-y').map((s) => [s.line, s.op])).toEqual([
      [2, ':='],
      [4, '+='],
    ]);
  });

  it('skips rules, recipes and define blocks; honours export/override', async () => {
    const v = await read(
      [
        'export KBUILD_CPPFLAGS := -D__KERNEL__',
        'override A = 1',
        'all: vmlinux',
        '\t$(CC) -o $@ foo=bar',
        '\techo done',
        'define cmd_x',
        '  B := wrong',
        'endef',
        '%.o: %.c ; $(CC) -c $<',
        'B := right',
        'export B',
        '.PHONY: all',
      ].join('\n'),
    );
    expect(v.get('KBUILD_CPPFLAGS')).toBe('-D__KERNEL__');
    expect(v.get('A')).toBe('1');
    expect(v.get('B')).toBe('right');
  });

  it('marks values that use functions it cannot evaluate', async () => {
    const v = await read('X := $(shell uname)\nY := plain\n');
    expect(v.unsupportedReason('X')).toMatch(/shell/);
    expect(v.unsupportedReason('Y')).toBeUndefined();
  });
});

describe('makefile reader: conditionals', () => {
  it('evaluates ifeq/ifneq/ifdef/ifndef with else and else-if', async () => {
    const v = await read(
      [
        'CC := tcc',
        'ifeq ($(CC),gcc)',
        '  F := gcc',
        'else ifeq ($(CC), tcc)',
        '  F := tcc',
        'else',
        '  F := other',
        'endif',
        'ifneq "$(CC)" "gcc"',
        '  G := notgcc',
        'endif',
        'ifdef CC',
        '  ifndef NOPE',
        '    H := yes',
        '  else',
        '    H := no',
        '  endif',
        'endif',
        'ifdef NOPE',
        '  ifeq (a,a)',
        '    I := wrong',
        '  endif',
        'endif',
      ].join('\n'),
    );
    expect(v.get('F')).toBe('tcc');
    expect(v.get('G')).toBe('notgcc');
    expect(v.get('H')).toBe('yes');
    expect(v.has('I')).toBe(false);
  });

  it('uses initial (command-line) variables, which the Makefile cannot override', async () => {
    const v = await read(
      'CC = gcc\nifeq ($(ARCH),x86)\nA := 1\nendif\n',
      {},
      { ARCH: 'x86', CC: 'tcc' },
    );
    expect(v.get('A')).toBe('1');
    expect(v.get('CC')).toBe('tcc');
  });

  it('locates an unterminated conditional at its opening line', async () => {
    const e = await failure('A := 1\n\nifeq ($(A),1)\nB := 2\n');
    expect(e.located).toBe("Makefile:3: missing 'endif' for this 'ifeq'");
  });

  it('rejects stray else/endif and a second else', async () => {
    expect((await failure('A := 1\nendif\n')).located).toBe("Makefile:2: extraneous 'endif'");
    expect((await failure('else\n')).located).toBe("Makefile:1: extraneous 'else'");
    expect((await failure('ifdef A\nelse\nelse\nendif\n')).located).toBe(
      "Makefile:3: only one 'else' per conditional",
    );
  });

  it('rejects malformed conditions', async () => {
    expect((await failure('ifeq (a b)\nendif\n')).line).toBe(1);
    expect((await failure('ifeq "a"\nendif\n')).located).toMatch(/invalid syntax in conditional/);
  });
});

describe('makefile reader: errors and includes', () => {
  it('reports a missing separator with its line', async () => {
    const e = await failure('obj-y := a.o\ncore-y MyPrintK/\n');
    expect(e.file).toBe('Makefile');
    expect(e.line).toBe(2);
    expect(e.message).toMatch(/missing separator/);
  });

  it('reports an unterminated variable reference and an unterminated define', async () => {
    expect((await failure('A := $(B\n')).located).toMatch(/unterminated variable reference/);
    expect((await failure('A := 1\ndefine foo\nbar\n')).located).toMatch(
      /^Makefile:2: missing 'endef'/,
    );
  });

  it('reports a self-referencing recursive variable', async () => {
    const e = await failure('A = $(A) x\nB := $(A)\n');
    expect(e.message).toMatch(/recursive variable 'A' references itself/);
  });

  it('includes tree Makefiles relative to the root; -include tolerates absence', async () => {
    const v = await read('include arch/x86/Makefile\n-include missing.mk\nB := $(A)b\n', {
      '/t/arch/x86/Makefile': 'A := a\n',
    });
    expect(v.get('B')).toBe('ab');
    expect(v.sites('A')[0].file).toBe('arch/x86/Makefile');
  });

  it('reports a missing include and an include loop at the include line', async () => {
    expect((await failure('\ninclude nope.mk\n')).located).toBe(
      'Makefile:2: nope.mk: No such file',
    );
    const e = await failure('include a.mk\n', {
      '/t/a.mk': 'include b.mk\n',
      '/t/b.mk': 'include a.mk\n',
    });
    expect(e.located).toBe('b.mk:1: include loop: Makefile -> a.mk -> b.mk -> a.mk');
  });
});
