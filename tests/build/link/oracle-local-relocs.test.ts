// Relocations against local absolute, local section-relative and global absolute symbols through
// one and two levels of `ld -r`, mixing our linker and GNU ld both ways: every chain must give the
// final image GNU ld alone gives. Objects come from GNU as (which resolves local absolutes itself)
// and from tcc.wasm (which leaves a relocation against them, as for entry_32.S's nr_syscalls).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTccHost, tccCacheDir } from '../../../build/tcc/node-loader.ts';
import { oracleAvailable } from '../../support/oracle.ts';
import { flatImage, gnuLd, ours, run, save, symbolRows, tempDir, TESTDATA } from './helpers.ts';

const ok = oracleAvailable('as', 'ld', 'objcopy') && existsSync(join(tccCacheDir(), 'tcc.wasm'));
const SOURCES = ['entry.s', 'more.s'];
const SCRIPT =
  'ENTRY(_start)\nSECTIONS { . = 0x1000; .text : { *(.text) } .data : { *(.data) } }\n';

type Linker = 'ours' | 'gnu';

// `ld -r` of `inputs` into `out` by one linker.
function partial(by: Linker, inputs: string[], out: string): string {
  if (by === 'gnu') gnuLd(['-r', '-o', out, ...inputs]);
  else save(ours({ mode: 'relocatable', inputs }), out);
  return out;
}

// Final link by one linker; returns the `objcopy -O binary` image and the `readelf -s` rows.
function final(by: Linker, inputs: string[], dir: string, tag: string) {
  const script = join(dir, 'flat.lds');
  const out = join(dir, `final-${tag}`);
  if (by === 'gnu') gnuLd(['-T', script, '-o', out, ...inputs]);
  else save(ours({ mode: 'executable', inputs }, script), out);
  return { image: flatImage(out), symbols: symbolRows(out) };
}

describe.skipIf(!ok)('relocations against local and absolute symbols across ld -r', () => {
  const objects = new Map<string, string[]>();
  let dir = '';

  beforeAll(async () => {
    dir = tempDir('localrel');
    writeFileSync(join(dir, 'flat.lds'), SCRIPT);
    const tcc = await loadTccHost();
    const gnu = SOURCES.map((f) => {
      const out = join(dir, `gas-${f}.o`);
      run('as', ['--32', join(TESTDATA, 'local-relocs', f), '-o', out]);
      return out;
    });
    const tccObjs = SOURCES.map((f) => {
      const src = `/src/${f}`;
      const r = tcc.runSync({
        args: ['-c', src, '-o', '/out/x.o'],
        files: [[src, readFileSync(join(TESTDATA, 'local-relocs', f))]],
      });
      if (r.exitCode !== 0) throw new Error(`tcc ${f}: ${r.stderr}`);
      const out = join(dir, `tcc-${f}.o`);
      writeFileSync(out, r.outputs.get('/out/x.o')!);
      return out;
    });
    objects.set('gas', gnu).set('tcc', tccObjs);
  });

  for (const asm of ['gas', 'tcc']) {
    it(`${asm}: the cmpl immediate and .data word stay nr_calls = 3 after ours -r`, () => {
      const [entry] = objects.get(asm)!;
      const { image } = final('gnu', [partial('ours', [entry], join(dir, `${asm}-1.o`))], dir, asm);
      expect(image.readUInt32LE(1)).toBe(3); // cmpl $nr_calls, %eax: 3d imm32
      expect(image.readUInt32LE(image.length - 28)).toBe(3); // data_refs[0]
    });

    const chains: [Linker, Linker, Linker][] = [
      ['ours', 'ours', 'ours'],
      ['ours', 'ours', 'gnu'],
      ['gnu', 'gnu', 'ours'],
      ['ours', 'gnu', 'gnu'],
      ['gnu', 'ours', 'ours'],
    ];
    for (const [first, second, last] of chains) {
      it(`${asm}: ${first} -r, ${second} -r, ${last} final equals GNU ld alone`, () => {
        const [entry, more] = objects.get(asm)!;
        const tag = `${asm}-${first}-${second}-${last}`;
        const reference = final('gnu', [entry, more], dir, `${asm}-ref`);
        const one = partial(first, [entry], join(dir, `${tag}-1.o`));
        const a = final(last, [one, more], dir, `${tag}-a`);
        expect(a.image.equals(reference.image)).toBe(true);
        expect(a.symbols).toEqual(reference.symbols);
        const two = partial(second, [one, more], join(dir, `${tag}-2.o`));
        const b = final(last, [two], dir, `${tag}-b`);
        expect(b.image.equals(reference.image)).toBe(true);
        expect(b.symbols).toEqual(reference.symbols);
      });
    }
  }
});
