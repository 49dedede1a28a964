// Symbol semantics against GNU ld: COMMON symbols, COMDAT groups, absolute and undefined weak
// symbols, and an archive with a BSD symbol index (written here, as the host's ar only writes the
// GNU form).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SCRIPT, link } from '../../../build/link/index.ts';
import { oracleAvailable } from '../../support/oracle.ts';
import {
  compile,
  flatImage,
  gnuLd,
  nm,
  ours,
  run,
  runStatus,
  save,
  sectionRows,
  symbolRows,
  symbolSet,
  tempDir,
  TESTDATA,
} from './helpers.ts';

const ok = oracleAvailable('ld', 'gcc', 'nm', 'objcopy');

/// A BSD-format archive (`#1/len` names, `__.SYMDEF` index) of the given members.
function bsdArchive(members: { name: string; bytes: Uint8Array; symbols: string[] }[]): Uint8Array {
  const enc = new TextEncoder();
  const header = (name: string, size: number) =>
    enc.encode(
      `#1/${name.length}`.padEnd(16) +
        '0'.padEnd(12) +
        '0'.padEnd(6) +
        '0'.padEnd(6) +
        '644'.padEnd(8) +
        String(size + name.length).padEnd(10) +
        '`\n',
    );
  const strings: number[] = [];
  const ranges: [number, number][] = [];
  const symdefName = '__.SYMDEF SORTED';
  const memberStart: number[] = [];
  const symdefSize = () => 8 + ranges.length * 8 + strings.length;
  // Lay members out after the index: their offsets depend on the index size, computed first.
  for (const m of members)
    for (const s of m.symbols) {
      ranges.push([strings.length, 0]);
      strings.push(...enc.encode(s), 0);
    }
  while (strings.length % 4) strings.push(0);
  let at = 8 + 60 + symdefName.length + symdefSize();
  at += at & 1;
  let k = 0;
  for (const m of members) {
    memberStart.push(at);
    for (let i = 0; i < m.symbols.length; i++) ranges[k++][1] = at;
    at += 60 + m.name.length + m.bytes.length;
    at += at & 1;
  }
  const parts: Uint8Array[] = [
    enc.encode('!<arch>\n'),
    header(symdefName, symdefSize()),
    enc.encode(symdefName),
  ];
  const idx = new DataView(new ArrayBuffer(symdefSize()));
  idx.setUint32(0, ranges.length * 8, true);
  ranges.forEach(([s, o], i) => {
    idx.setUint32(4 + i * 8, s, true);
    idx.setUint32(8 + i * 8, o, true);
  });
  idx.setUint32(4 + ranges.length * 8, strings.length, true);
  new Uint8Array(idx.buffer).set(strings, 8 + ranges.length * 8);
  parts.push(new Uint8Array(idx.buffer));
  let total = parts.reduce((n, p) => n + p.length, 0);
  if (total & 1) {
    parts.push(enc.encode('\n'));
    total++;
  }
  for (const m of members) {
    parts.push(header(m.name, m.bytes.length), enc.encode(m.name), m.bytes);
    total += 60 + m.name.length + m.bytes.length;
    if (total & 1) {
      parts.push(enc.encode('\n'));
      total++;
    }
  }
  const out = new Uint8Array(total);
  let p = 0;
  for (const part of parts) {
    out.set(part, p);
    p += part.length;
  }
  return out;
}

describe.skipIf(!ok)('symbol semantics vs GNU ld', () => {
  let dir = '';
  beforeAll(() => {
    dir = tempDir('lsem');
    writeFileSync(join(dir, 'default.lds'), DEFAULT_SCRIPT);
  });

  it('merges COMMON symbols (largest size, largest alignment) into .bss, and keeps them in -r', () => {
    const objs = ['semantics/common1.c', 'semantics/common2.c'].map((s) =>
      compile(dir, s, ['-fcommon']),
    );
    const mine = save(
      ours({ mode: 'executable', entry: 'get1', inputs: objs }),
      join(dir, 'common.ours'),
    );
    const theirs = join(dir, 'common.gnu');
    gnuLd(['-e', 'get1', '-o', theirs, ...objs]);
    const sizes = (f: string) =>
      Object.fromEntries(
        nm(f)
          .split('\n')
          .filter((l) => / B (big|shared_c|small_c|other_c)$/.test(l))
          .map((l) => [l.split(' ')[2], parseInt(l.slice(0, 8), 16)]),
      );
    // Rows agree except where the commons went: GNU ld allocates each in the COMMON input of
    // the object with the largest definition, in the order its symbol hash table's buckets
    // happen to list them (bfd_link_hash_traverse), which no reader relies on; we go in link
    // order (build/link/README.md). Sizes, types, binding and section must still agree.
    const placed = /^\S+ (.* (big|shared_c|small_c|other_c|_end))$/;
    const rows = (f: string) =>
      symbolRows(f)
        .map((r) => r.replace(placed, '- $1'))
        .sort();
    expect(rows(mine)).toEqual(rows(theirs));
    const m = sizes(mine);
    expect(Object.keys(m).sort()).toEqual(Object.keys(sizes(theirs)).sort());
    expect(m.big % 32).toBe(0);
    const sorted = Object.entries(m).sort((a, b) => a[1] - b[1]);
    const width: Record<string, number> = { big: 80, shared_c: 4, small_c: 1, other_c: 2 };
    for (let i = 1; i < sorted.length; i++)
      expect(sorted[i][1]).toBeGreaterThanOrEqual(sorted[i - 1][1] + width[sorted[i - 1][0]]);
    const partial = save(ours({ mode: 'relocatable', inputs: objs }), join(dir, 'common.r.o'));
    expect(nm(partial)).toMatch(/00000050 C big\n/);
  });

  it('keeps the first copy of a COMDAT group, resolves absolute and undefined weak symbols', () => {
    const objs = ['semantics/comdat1.S', 'semantics/comdat2.S'].map((s) => compile(dir, s));
    const mine = save(ours({ mode: 'executable', inputs: objs }), join(dir, 'comdat.ours'));
    const theirs = join(dir, 'comdat.gnu');
    gnuLd(['-o', theirs, ...objs]);
    expect(symbolSet(mine)).toEqual(symbolSet(theirs));
    expect(symbolRows(mine)).toEqual(symbolRows(theirs));
    expect(flatImage(mine).equals(flatImage(theirs))).toBe(true);
    expect(nm(mine)).toMatch(/00001234 A abs_sym\n/);
    expect(nm(mine)).not.toContain('weak_missing');
    expect(runStatus(mine, []).status).toBe(1);
    // Each partial link keeps its COMDAT group (a .group section), so linking both still keeps
    // one copy of `helper`, with either linker.
    const r1 = save(ours({ mode: 'relocatable', inputs: [objs[0]] }), join(dir, 'comdat-r1.o'));
    const r2 = save(ours({ mode: 'relocatable', inputs: [objs[1]] }), join(dir, 'comdat-r2.o'));
    expect(run('readelf', ['-gW', r1])).toMatch(
      /COMDAT group section \[\s*1\] `\.group' \[helper\] contains 1 sections/,
    );
    const viaGnu = join(dir, 'comdat.r.gnu');
    gnuLd(['-o', viaGnu, r1, r2]);
    const viaOurs = save(
      ours({ mode: 'executable', inputs: [r1, r2] }),
      join(dir, 'comdat.r.ours'),
    );
    expect(flatImage(viaGnu).equals(flatImage(theirs))).toBe(true);
    expect(flatImage(viaOurs).equals(flatImage(theirs))).toBe(true);
    expect(symbolRows(viaOurs)).toEqual(symbolRows(viaGnu));
    const partial = ours({ mode: 'relocatable', inputs: objs });
    expect(partial.ok).toBe(true);
    expect(nm(save(partial, join(dir, 'comdat.r.o')))).toMatch(/ {9}w weak_missing\n/);
  });

  it('types script symbols as GNU ld does (a typed reference, an expression of one symbol)', () => {
    const obj = compile(dir, 'semantics/typed-refs.S');
    const script = join(TESTDATA, 'semantics/typed-refs.lds');
    const mine = save(ours({ mode: 'executable', inputs: [obj] }, script), join(dir, 'ty.ours'));
    const theirs = join(dir, 'ty.gnu');
    gnuLd(['-T', script, '-o', theirs, obj]);
    const rows = symbolRows(mine);
    expect(rows).toEqual(symbolRows(theirs));
    const typeOf = (name: string) => rows.find((r) => r.endsWith(` ${name}`))?.split(' ')[2];
    expect(['ext_obj', 'ext_func', 'func_alias', 'taken_else'].map(typeOf)).toEqual([
      'OBJECT',
      'FUNC',
      'FUNC',
      'OBJECT',
    ]);
  });

  it('links PIE-compiled objects statically: GOTPC, GOTOFF, GOT32 entries, relaxed GOT32X', () => {
    const objs = [
      compile(dir, 'semantics/pic1.c', ['-fpie']),
      compile(dir, 'semantics/pic2.c', ['-fpie']),
      compile(dir, 'semantics/pic3.S'),
    ];
    const mine = save(ours({ mode: 'executable', inputs: objs }), join(dir, 'pic.ours'));
    const theirs = join(dir, 'pic.gnu');
    gnuLd(['-T', join(dir, 'default.lds'), '-o', theirs, ...objs]);
    expect(sectionRows(mine)).toEqual(sectionRows(theirs));
    expect(nm(mine)).toBe(nm(theirs));
    expect(symbolRows(mine)).toEqual(symbolRows(theirs));
    expect(flatImage(mine).equals(flatImage(theirs))).toBe(true);
    expect(runStatus(mine, []).status).toBe(24);
  });

  it('reads an archive with a BSD symbol index', () => {
    const start = compile(dir, 'user/start.S');
    const prog = compile(dir, 'user/prog.c');
    const members = [
      { name: 'strlen.o', symbols: ['mini_strlen'] },
      { name: 'puts.o', symbols: ['mini_puts', 'mini_putnum'] },
      { name: 'unused.o', symbols: ['mini_unused', 'mini_unused_marker'] },
    ].map((m) => ({
      ...m,
      bytes: new Uint8Array(readFileSync(compile(dir, `user/${m.name.replace('.o', '.c')}`))),
    }));
    const lib = { name: 'libbsd.a', bytes: bsdArchive(members) };
    const r = link({
      mode: 'executable',
      inputs: [
        { name: 'start.o', bytes: new Uint8Array(readFileSync(start)) },
        { name: 'prog.o', bytes: new Uint8Array(readFileSync(prog)) },
        lib,
      ],
      wantSystemMap: true,
    });
    expect(r.diagnostics).toEqual([]);
    expect(r.systemMap).toContain(' T mini_putnum');
    expect(r.systemMap).not.toContain('mini_unused');
    const exe = save(r, join(dir, 'bsd.run'));
    expect(runStatus(exe, []).stdout).toBe('linked by ours \n1\n1\n1\n42\n');
  });
});
