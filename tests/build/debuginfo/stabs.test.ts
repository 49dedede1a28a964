// The stabs line table and symbol map against addr2line: gcc -m32 -gstabs objects linked by GNU ld
// and by ours, every code address looked up by both (function and file:line must agree).
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

describe.skipIf(!ok)('stabs line tables vs addr2line', () => {
  let dir = '',
    objs: string[] = [];
  beforeAll(() => {
    dir = tempDir('dbg');
    objs = ['entry.c', 'lines.c'].map((c) => {
      const o = join(dir, c.replace('.c', '.o'));
      run('gcc', [
        '-m32',
        '-c',
        '-O0',
        '-gstabs',
        '-fno-pie',
        '-fno-asynchronous-unwind-tables',
        '-I',
        DATA,
        join(DATA, c),
        '-o',
        o,
      ]);
      return o;
    });
  });

  for (const linker of ['GNU ld', 'ours']) {
    it(`names function and line of every code address (linked by ${linker})`, () => {
      const exe = join(dir, `prog-${linker === 'ours' ? 'ours' : 'gnu'}`);
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
      expect(got).toEqual(expected);
      expect(info.lookup(addrs[0] + 3)).toMatchObject({
        function: '_start',
        offset: 3,
        file: join(DATA, 'entry.c'),
      });
    });
  }
});
