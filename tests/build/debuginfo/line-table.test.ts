// Line tables (stabs and DWARF 4/5 .debug_line) and the symbol map against addr2line: gcc -m32
// objects linked by GNU ld and by ours, every code address looked up by both.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { DebugInfo } from '../../../build/debuginfo/index.ts';
import { oracleAvailable } from '../../support/oracle.ts';
import { gnuLd, ours, run, save, tempDir } from '../link/helpers.ts';

const DATA = fileURLToPath(new URL('./testdata/', import.meta.url));
const ok = oracleAvailable('gcc', 'ld', 'addr2line');

/// addr2line's answer for each address: "function file:line".
function addr2line(file: string, addrs: number[]): string[] {
  const out = run('addr2line', [
    '-f',
    '-e',
    file,
    ...addrs.map((a) => '0x' + a.toString(16)),
  ]).split('\n');
  const res: string[] = [];
  for (let i = 0; i < addrs.length; i++)
    res.push(`${out[2 * i]} ${out[2 * i + 1].replace(/ \(discriminator \d+\)$/, '')}`);
  return res;
}

function textRange(file: string): [number, number] {
  const line = run('readelf', ['-SW', file])
    .split('\n')
    .find((l) => / \.text /.test(l))!;
  const f = line
    .replace(/^.*\] /, '')
    .trim()
    .split(/\s+/);
  return [parseInt(f[2], 16), parseInt(f[2], 16) + parseInt(f[4], 16)];
}

describe.skipIf(!ok)('line tables vs addr2line', () => {
  let dir = '';
  beforeAll(() => {
    dir = tempDir('dbg');
  });
  const compileAll = (debug: string) =>
    ['entry.c', 'lines.c'].map((c) => {
      const o = join(dir, c.replace('.c', `${debug}.o`));
      const flags = ['-m32', '-c', '-O0', debug, '-fno-pie', '-fno-asynchronous-unwind-tables'];
      run('gcc', [...flags, '-I', DATA, join(DATA, c), '-o', o]);
      return o;
    });

  for (const [linker, debug] of [
    ['GNU ld', '-gstabs'],
    ['ours', '-gstabs'],
    ['GNU ld', '-g'],
    ['ours', '-g'],
    ['ours', '-gdwarf-4'],
  ]) {
    it(`names function and line of every code address (${debug}, linked by ${linker})`, () => {
      const objs = compileAll(debug);
      const exe = join(dir, `prog-${linker === 'ours' ? 'ours' : 'gnu'}${debug}`);
      if (linker === 'ours') save(ours({ mode: 'executable', inputs: objs }), exe);
      else gnuLd(['-o', exe, ...objs]);
      const info = DebugInfo.fromElf(new Uint8Array(readFileSync(exe)));
      const [start, end] = textRange(exe);
      const addrs = Array.from({ length: end - start }, (_, i) => start + i);
      const expected = addr2line(exe, addrs);
      const got = addrs.map((a) => {
        const l = info.lookup(a);
        return `${l.function ?? '??'} ${l.file ?? '??'}:${l.line ?? '?'}`;
      });
      if (debug === '-g') {
        // binutils 2.40's addr2line misnames DWARF 5 files (file 1 vs 2); readelf decodes them
        // right, so it is the oracle for the rows here, addr2line for functions and lines.
        const bare = (x: string) => x.replace(/ \S+:/, ' :');
        expect(got.map(bare)).toEqual(expected.map(bare));
        const decoded = run('readelf', ['--debug-dump=decodedline', exe]).split('\n');
        const rows = decoded
          .map((l) => /^(\S+)\s+(\d+)\s+(0x[0-9a-f]+)/.exec(l))
          .filter((m) => m !== null)
          .map((m) => `${m[3]} ${m[1]}:${m[2]}`);
        const ours = info.lines
          .filter((r) => r.file)
          .map((r) => `0x${r.address.toString(16)} ${r.file.replace(/^.*\//, '')}:${r.line}`);
        expect([...ours].sort()).toEqual([...rows].sort());
      } else expect(got).toEqual(expected);
      expect(info.lookup(addrs[0] + 3)).toMatchObject({
        function: '_start',
        offset: 3,
        file: join(DATA, 'entry.c'),
      });
    });
  }
});
