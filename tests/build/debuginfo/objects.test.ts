// Line tables read straight from objects (relocations applied with sections at 0), from committed
// gcc -m32 outputs (stabs and DWARF 5), and fuzzing of the readers: mutated objects give an
// ElfFormatError or a table, never another exception.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DebugInfo } from '../../../build/debuginfo/index.ts';
import { ElfFormatError } from '../../../build/elf/errors.ts';

const DATA = fileURLToPath(new URL('./testdata/', import.meta.url));
const object = (name: string) => new Uint8Array(readFileSync(DATA + name));

describe('line tables of objects', () => {
  for (const name of ['lines-gstabs.o', 'lines-g.o']) {
    it(`maps code offsets of ${name} to lines, including the inlined header`, () => {
      const info = DebugInfo.fromElf(object(name), name);
      const at = (fn: string) => info.symbols.find((s) => s.name === fn)!.address;
      expect(info.lookup(at('add'))).toMatchObject({ function: 'add', offset: 0, line: 5 });
      expect(info.lookup(at('add')).file).toMatch(/lines\.c$/);
      expect(info.lookup(at('twice')).file).toMatch(/inline\.h$/);
      expect(info.lookup(at('sum') + 1).line).toBe(22);
    });
  }

  it('reads System.map text as a symbol map', () => {
    const info = DebugInfo.fromSystemMap(
      'c0100000 T _text\nc010000c T startup_32\nc0100200 t helper\nc0200000 D data\n',
    );
    expect(info.lookup(0xc0100010)).toMatchObject({
      function: 'startup_32',
      offset: 4,
      file: null,
      line: null,
    });
    expect(info.lookup(0xc0100210)).toMatchObject({ function: 'helper', offset: 0x10 });
  });
});

describe('fuzzed debug information', () => {
  it('never throws anything but ElfFormatError (4000 mutations)', () => {
    let seed = 42;
    const rand = (n: number) => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n;
    let rejected = 0;
    for (let i = 0; i < 4000; i++) {
      const bytes = object(i % 2 ? 'lines-g.o' : 'lines-gstabs.o').slice();
      for (let k = 1 + rand(4); k > 0; k--) bytes[rand(bytes.length)] = rand(256);
      try {
        const info = DebugInfo.fromElf(bytes, 'fuzz.o');
        info.lookup(rand(0x200));
      } catch (e) {
        if (!(e instanceof ElfFormatError)) throw e;
        rejected++;
      }
    }
    expect(rejected).toBeGreaterThan(50);
  });
});
