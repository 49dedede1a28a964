// Fuzzes the Makefile reader with mutated Kbuild Makefiles: whatever the bytes, it must either
// return variables or throw a located MakefileError, never another exception and never hang.
import { describe, expect, it } from 'vitest';
import { MakefileError } from '../../../build/kbuild/errors.ts';
import { MemoryBuildFs } from '../../../build/kbuild/memory-build-fs.ts';
import { readMakefile } from '../../../build/kbuild/makefile-reader.ts';

const seed = [
  '# root Makefile',
  'head-y := arch/x86/kernel/head_32.o',
  'init-y := init/',
  'core-y := kernel/ mm/ \\',
  '\tfs/',
  'core-y += MyPrintK/',
  'LINUXINCLUDE := -Iinclude -Iarch/x86/include -include include/linux/kconfig.h',
  'KBUILD_CPPFLAGS := -D__KERNEL__',
  'ifeq ($(CC),gcc)',
  'KBUILD_CFLAGS := -m32 -ffreestanding -O2',
  'else ifdef TCC',
  'KBUILD_CFLAGS := ${X}',
  'endif',
  '-include arch/x86/Makefile',
  'obj := $(patsubst %/,%/built-in.o,$(core-y))',
  'define cmd',
  '  echo $@',
  'endef',
  'vmlinux: $(obj)',
  '\t$(LD) -T $(KBUILD_LDS) -o $@ $^',
].join('\n');

const pieces = [
  '$(',
  ')',
  '${',
  '}',
  '\\\n',
  '\n',
  'ifeq (',
  'endif\n',
  'else\n',
  ':=',
  '+=',
  '=',
  ':',
  '#',
  '\t',
  ',',
  '"',
  "'",
  'define x\n',
  'include Makefile\n',
  '$$',
  '%',
  ' ',
  'ifdef',
];

/// Deterministic PRNG so a failure reproduces from its iteration number.
function rng(seedValue: number): () => number {
  let s = seedValue >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x9e3779b9) >>> 0;
    return s / 0x100000000;
  };
}

function mutate(text: string, rand: () => number): string {
  let t = text;
  const edits = 1 + Math.floor(rand() * 6);
  for (let k = 0; k < edits; k++) {
    const pos = Math.floor(rand() * (t.length + 1));
    const r = rand();
    if (r < 0.4) t = t.slice(0, pos) + pieces[Math.floor(rand() * pieces.length)] + t.slice(pos);
    else if (r < 0.7) t = t.slice(0, pos) + t.slice(pos + 1 + Math.floor(rand() * 8));
    else if (r < 0.85)
      t = t.slice(0, pos) + String.fromCharCode(Math.floor(rand() * 256)) + t.slice(pos);
    else t = t.slice(0, pos) + t.slice(pos, pos + 20) + t.slice(pos);
  }
  return t;
}

describe('makefile reader fuzz', () => {
  it('never throws anything but a located MakefileError on 3000 mutations', async () => {
    const rand = rng(0x5eed);
    let errors = 0;
    for (let i = 0; i < 3000; i++) {
      const text = mutate(seed, rand);
      const fs = new MemoryBuildFs({
        '/t/Makefile': text,
        '/t/arch/x86/Makefile': mutate('A := 1\n', rand),
      });
      try {
        const v = await readMakefile('Makefile', { fs, root: '/t', initial: { CC: 'gcc' } });
        for (const n of v.names()) v.words(n);
      } catch (e) {
        if (!(e instanceof MakefileError))
          throw new Error(`iteration ${i}: ${String(e)}\n${text}`, { cause: e });
        expect(e.line).toBeGreaterThan(0);
        expect(['Makefile', 'arch/x86/Makefile']).toContain(e.file);
        errors++;
      }
    }
    // Mutations must exercise the error paths, not only the happy one.
    expect(errors).toBeGreaterThan(100);
  });
});
