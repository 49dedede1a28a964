// Golden tests (no host tools needed): objects built once by gcc -m32 / GNU as and committed in
// testdata/golden, linked by ours; the loadable bytes and `nm -n` listings GNU ld produced from
// the same inputs are committed beside them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { link } from '../../../build/link/index.ts';
import type { LinkInput } from '../../../build/link/index.ts';
import { TESTDATA } from './helpers.ts';

const golden = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(join(TESTDATA, 'golden', name)));
const input = (name: string): LinkInput => ({ name, bytes: golden(name) });

/// The image `objcopy -O binary` makes: PT_LOAD file bytes placed by physical address.
export function flatten(elf: Uint8Array): Uint8Array {
  const v = new DataView(elf.buffer, elf.byteOffset, elf.byteLength);
  const phoff = v.getUint32(28, true),
    phnum = v.getUint16(44, true);
  const loads = [];
  for (let i = 0; i < phnum; i++) {
    const at = phoff + i * 32;
    if (v.getUint32(at, true) === 1 && v.getUint32(at + 16, true) > 0)
      loads.push({
        off: v.getUint32(at + 4, true),
        paddr: v.getUint32(at + 12, true),
        filesz: v.getUint32(at + 16, true),
      });
  }
  const base = Math.min(...loads.map((l) => l.paddr));
  const end = Math.max(...loads.map((l) => l.paddr + l.filesz));
  const out = new Uint8Array(end - base);
  for (const l of loads) out.set(elf.subarray(l.off, l.off + l.filesz), l.paddr - base);
  return out;
}

describe('golden links', () => {
  it('links the test kernel byte for byte as GNU ld did, with the same System.map', () => {
    const script = {
      name: 'vmlinux.lds',
      text: readFileSync(join(TESTDATA, 'kernel/vmlinux.lds'), 'utf8'),
    };
    const r = link({
      mode: 'executable',
      script,
      inputs: ['head.o', 'main.o', 'sys.o', 'cond.o'].map(input),
      wantSystemMap: true,
    });
    expect(r.diagnostics).toEqual([]);
    expect(Buffer.from(flatten(r.output!)).equals(Buffer.from(golden('vmlinux.bin')))).toBe(true);
    expect(r.systemMap).toBe(readFileSync(join(TESTDATA, 'golden/vmlinux.nm'), 'utf8'));
    expect(r.entry).toBe(0x0010000c);
  });

  it('links a user program against an archive with the default script as GNU ld did', () => {
    const r = link({
      mode: 'executable',
      inputs: ['start.o', 'prog.o', 'libmini.a'].map(input),
      wantSystemMap: true,
      wantMap: true,
    });
    expect(r.ok).toBe(true);
    expect(Buffer.from(flatten(r.output!)).equals(Buffer.from(golden('prog.bin')))).toBe(true);
    expect(r.systemMap).toBe(readFileSync(join(TESTDATA, 'golden/prog.nm'), 'utf8'));
    expect(r.map).toContain('libmini.a(puts.o)');
    expect(r.systemMap).not.toContain('mini_unused');
  });

  it('finds -l libraries through FileAccess and reports missing ones', () => {
    const fs = { readFile: (p: string) => (p === 'lib/libmini.a' ? golden('libmini.a') : null) };
    const r = link(
      {
        mode: 'executable',
        inputs: [input('start.o'), input('prog.o'), { library: 'mini' }],
        libraryPaths: ['nowhere', 'lib'],
      },
      fs,
    );
    expect(r.ok).toBe(true);
    const missing = link(
      {
        mode: 'executable',
        inputs: [input('start.o'), { library: 'nope' }],
        libraryPaths: ['lib'],
      },
      fs,
    );
    expect(missing.diagnostics[0]).toMatchObject({
      kind: 'missing-file',
      text: 'cannot find -lnope: No such file or directory',
    });
  });

  it('partial-links and then final-links to the same image as a direct link', () => {
    const builtIn = link({ mode: 'relocatable', inputs: ['main.o', 'sys.o'].map(input) });
    expect(builtIn.ok).toBe(true);
    const script = {
      name: 'vmlinux.lds',
      text: readFileSync(join(TESTDATA, 'kernel/vmlinux.lds'), 'utf8'),
    };
    const r = link({
      mode: 'executable',
      script,
      inputs: [input('head.o'), { name: 'built-in.o', bytes: builtIn.output! }, input('cond.o')],
    });
    expect(Buffer.from(flatten(r.output!)).equals(Buffer.from(golden('vmlinux.bin')))).toBe(true);
  });

  it('resolves weak aliases: a strong definition wins, a missing one falls back to the alias', () => {
    const script = {
      name: 'vmlinux.lds',
      text: readFileSync(join(TESTDATA, 'kernel/vmlinux.lds'), 'utf8'),
    };
    const r = link({
      mode: 'executable',
      script,
      inputs: ['head.o', 'main.o', 'sys.o', 'cond.o'].map(input),
      wantSystemMap: true,
    });
    const map = r.systemMap!;
    const addr = (name: string) =>
      map
        .split('\n')
        .find((l) => l.endsWith(` ${name}`))
        ?.slice(0, 8);
    expect(map).toMatch(/ T sys_present\n/);
    expect(map).toMatch(/ W sys_absent\n/);
    expect(addr('sys_absent')).toBe(addr('sys_ni_syscall'));
    expect(addr('sys_present')).not.toBe(addr('sys_ni_syscall'));
  });

  it('reports an undefined reference when the defining object is left out', () => {
    const r = link({ mode: 'executable', inputs: ['start.o', 'prog.o'].map(input) });
    expect(r.ok).toBe(false);
    const names = new Set(
      r.diagnostics.filter((d) => d.kind === 'undefined-reference').map((d) => d.symbol),
    );
    expect([...names].sort()).toEqual(['mini_putnum', 'mini_puts', 'mini_strlen']);
    expect(r.diagnostics[0].text).toMatch(
      /^prog\.o: in function `main':\nprog\.c:\(\.text\+0x[0-9a-f]+\): undefined reference to `mini_puts'$/,
    );
  });
});
