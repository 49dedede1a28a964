import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readElfSections } from '../../../emulator/disasm/elf-sections.ts';
import { objdumpText } from '../../../emulator/disasm/objdump-format.ts';
import { disassemble } from '../../../emulator/disasm/disassembler.ts';
import { oracleAvailable } from '../../support/oracle.ts';
import { ASM_FIXTURE, C_FIXTURE } from './fixtures.ts';

const ok = oracleAvailable('as', 'gcc', 'objdump');
const dir = mkdtempSync(join(tmpdir(), 'emu-disasm-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/// Our objdump text and GNU objdump's for the object file `obj`, as line arrays.
function both(obj: string): { ours: string[]; theirs: string[] } {
  const theirs = execFileSync('objdump', ['-d', obj], { encoding: 'utf8' }).split('\n');
  const data = new Uint8Array(readFileSync(obj));
  const ours = objdumpText(data, readElfSections(data, obj), obj).split('\n');
  return { ours, theirs };
}

describe.skipIf(!ok)('disassembler against GNU objdump -d', () => {
  it('prints the hand-written instruction fixture identically', () => {
    const src = join(dir, 'fixture.s');
    writeFileSync(src, ASM_FIXTURE.replace(/;/g, '\n'));
    execFileSync('as', ['--32', '-o', join(dir, 'fixture.o'), src]);
    const { ours, theirs } = both(join(dir, 'fixture.o'));
    expect(ours).toEqual(theirs);
  });

  it.each(['-O0', '-O2', '-Os'])('prints gcc -m32 %s output identically', (level) => {
    const src = join(dir, 'fixture.c');
    writeFileSync(src, C_FIXTURE);
    const obj = join(dir, `c${level}.o`);
    execFileSync('gcc', [
      '-m32',
      level,
      '-fno-pic',
      '-fno-asynchronous-unwind-tables',
      '-c',
      '-o',
      obj,
      src,
    ]);
    const { ours, theirs } = both(obj);
    expect(ours).toEqual(theirs);
  });

  it('marks undefined encodings as (bad) and never throws on truncated input', () => {
    const lines = disassemble(Uint8Array.from([0x0f, 0x0b, 0xff, 0xff, 0xe8, 0x01]), 0x1000);
    expect(lines[0].text).toBe('ud2');
    expect(lines[1].text).toBe('(bad)');
    expect(lines.at(-1)!.text).toBe('(bad)');
  });
});
