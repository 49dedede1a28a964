// Bad input never crashes the compiler host: mutated C from the corpus and a 50 MB source each
// come back as a run with an exit code (and, on failure, a located message), never a throw
// other than the located TccCrashError.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseTccOutput } from '../../../build/diagnostics/index.ts';
import { TccCrashError, type TccHost, type TccRunResult } from '../../../build/tcc/host.ts';
import { loadTccHost } from '../../../build/tcc/node-loader.ts';

let host: TccHost;
beforeAll(async () => {
  host = await loadTccHost();
});

const corpus = fileURLToPath(new URL('../c-programs/', import.meta.url));
const seeds = readdirSync(corpus)
  .filter((f) => f.endsWith('.c'))
  .map((f) => readFileSync(corpus + f, 'utf8').replace(/#include <[^>]+>/g, ''));
const PIECES = [
  '(',
  ')',
  '{',
  '}',
  ';',
  ',',
  '*',
  '[',
  ']',
  '"',
  "'",
  '#',
  '\\',
  '...',
  'struct',
  '0x',
  '1e',
  '\n',
  '/*',
  '??',
  '@',
  '`',
  '\0',
  '.long',
  '__asm__',
  'typeof(',
  '({',
  '#define X X\n',
  '#include "self.c"\n',
];

/// A deterministic pseudo-random mutation of a seed program (insert, delete, duplicate).
function mutate(rnd: (n: number) => number): string {
  let s = seeds[rnd(seeds.length)];
  for (let k = 1 + rnd(8); k > 0; k--) {
    const at = rnd(s.length + 1);
    const op = rnd(3);
    if (op === 0) s = s.slice(0, at) + PIECES[rnd(PIECES.length)] + s.slice(at);
    else if (op === 1) s = s.slice(0, at) + s.slice(at + 1 + rnd(20));
    else {
      const from = rnd(s.length + 1);
      s = s.slice(0, at) + s.slice(from, from + rnd(40)) + s.slice(at);
    }
  }
  return s;
}

describe('tcc.wasm on malformed input', () => {
  it('answers 400 mutated programs with exit codes and located messages', () => {
    let state = 20261125;
    const rnd = (n: number) => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return (state >>> 8) % n;
    };
    let failed = 0;
    for (let i = 0; i < 400; i++) {
      const source = mutate(rnd);
      let r: TccRunResult;
      try {
        r = host.runSync({
          args: ['-c', '/f/self.c', '-o', '/f/self.o'],
          files: [['/f/self.c', source]],
        });
      } catch (err) {
        expect(err).toBeInstanceOf(TccCrashError);
        continue;
      }
      if (r.exitCode === 0) continue;
      failed++;
      const located = parseTccOutput(r.stderr).some(
        (d) => d.severity === 'error' && (d.line > 0 || d.file === 'tcc'),
      );
      expect(located, r.stderr).toBe(true);
    }
    expect(failed).toBeGreaterThan(100);
  });

  it('compiles a 50 MB source file', () => {
    const filler = '// ' + 'y'.repeat(100) + '\n';
    const lines = Array.from({ length: (50 << 20) / filler.length }, (_, i) =>
      i % 1000 === 0 ? `int g${i};\n` : filler,
    );
    const r = host.runSync({
      args: ['-c', '/big.c', '-o', '/big.o'],
      files: [['/big.c', lines.join('')]],
    });
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.outputs.get('/big.o')!.length).toBeGreaterThan(4000);
  });

  it('reports an include loop instead of recursing forever', () => {
    const r = host.runSync({
      args: ['-c', '/l/a.c', '-o', '/l/a.o'],
      files: [['/l/a.c', '#include "a.c"\nint x;\n']],
    });
    expect(r.exitCode).not.toBe(0);
    expect(r.stderr).toMatch(/error: #include recursion too deep/);
  });
});
