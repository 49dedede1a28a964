// Fuzzing the readers: thousands of mutated objects, archives and scripts must each give a
// diagnostic or a link, never an exception. Mutations are seeded so a failure replays.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { link } from '../../../build/link/index.ts';
import { TESTDATA } from './helpers.ts';

const golden = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(join(TESTDATA, 'golden', name)));

/// A small deterministic PRNG (mulberry32).
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Flips bytes, writes interesting words (0, -1, large sizes) or truncates.
function mutate(src: Uint8Array, r: () => number): Uint8Array {
  const out = r() < 0.1 ? src.slice(0, Math.floor(r() * src.length)) : src.slice();
  const n = 1 + Math.floor(r() * 4);
  for (let i = 0; i < n && out.length > 4; i++) {
    const at = Math.floor(r() * (out.length - 4));
    const pick = r();
    if (pick < 0.5) out[at] = Math.floor(r() * 256);
    else
      new DataView(out.buffer).setUint32(
        at,
        [0, 0xffffffff, 0x7fffffff, 0x10000, 1][Math.floor(r() * 5)],
        true,
      );
  }
  return out;
}

describe('fuzzed inputs', () => {
  const script = readFileSync(join(TESTDATA, 'kernel/vmlinux.lds'), 'utf8');
  const objects = ['head.o', 'main.o', 'sys.o', 'cond.o'];

  it('never throws on mutated objects and archives (3000 links)', () => {
    const r = rng(1234);
    let rejected = 0;
    for (let i = 0; i < 3000; i++) {
      const victim = i % 5;
      const inputs = objects.map((name, k) => ({
        name,
        bytes: k === victim ? mutate(golden(name), r) : golden(name),
      }));
      if (victim === 4) inputs.push({ name: 'libmini.a', bytes: mutate(golden('libmini.a'), r) });
      const result = link({
        mode: i % 2 ? 'relocatable' : 'executable',
        inputs,
        script: i % 2 ? undefined : { name: 'k.ld', text: script },
      });
      if (!result.ok) rejected++;
      expect(result.ok || result.diagnostics.some((d) => d.severity === 'error')).toBe(true);
    }
    expect(rejected).toBeGreaterThan(100);
  });

  it('never throws on mutated objects with debug information (1500 links)', () => {
    const r = rng(7);
    const debugObjects = ['lines-g.o', 'lines-gstabs.o'].map(
      (n) => new Uint8Array(readFileSync(join(TESTDATA, '../../debuginfo/testdata', n))),
    );
    for (let i = 0; i < 1500; i++) {
      const bytes = mutate(debugObjects[i % 2], r);
      const result = link({
        mode: i % 3 ? 'executable' : 'relocatable',
        inputs: [{ name: 'lines.o', bytes }],
      });
      for (const d of result.diagnostics) expect(d.text.length).toBeGreaterThan(0);
    }
  });

  it('never throws on mutated scripts (3000 parses and layouts)', () => {
    const r = rng(99);
    const alphabet = '(){};:=.*/+-<>!~?,"0x1fK ALIGN ADDR AT SECTIONS PROVIDE KEEP\n';
    const inputs = objects.map((name) => ({ name, bytes: golden(name) }));
    for (let i = 0; i < 3000; i++) {
      const chars = script.split('');
      const n = 1 + Math.floor(r() * 3);
      for (let k = 0; k < n; k++) {
        const at = Math.floor(r() * chars.length);
        if (r() < 0.5) chars.splice(at, 1 + Math.floor(r() * 6));
        else chars.splice(at, 0, alphabet[Math.floor(r() * alphabet.length)]);
      }
      const result = link({
        mode: 'executable',
        inputs,
        script: { name: 'k.ld', text: chars.join('') },
      });
      for (const d of result.diagnostics) expect(d.text.length).toBeGreaterThan(0);
    }
  });
});
