// The ar writer against GNU binutils: `ar t` lists the members, `nm -s` reads the symbol index,
// and GNU ld pulls members out of the archive by the symbols they define.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { definedSymbols, writeArchive } from '../../../build/kbuild/ar-writer.ts';
import { readArchive } from '../../../build/elf/archive.ts';
import { oracleAvailable } from '../../support/oracle.ts';

const ok = oracleAvailable('gcc', 'ar', 'nm', 'ld');

function object(dir: string, name: string, source: string): Uint8Array {
  writeFileSync(join(dir, `${name}.c`), source);
  execFileSync(
    'gcc',
    ['-m32', '-c', '-fno-pic', '-o', join(dir, `${name}.o`), join(dir, `${name}.c`)],
    { cwd: dir },
  );
  return new Uint8Array(readFileSync(join(dir, `${name}.o`)));
}

describe.skipIf(!ok)('ar writer', () => {
  it('writes archives GNU ar, nm and ld read, with long names and an index', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kbuild-ar-'));
    const members = [
      {
        name: 'usr/lib/one.o',
        bytes: object(dir, 'one', 'int one(void) { return 1; }\nint shared_counter;\n'),
      },
      {
        name: 'usr/lib/a-very-long-member-name.o',
        bytes: object(
          dir,
          'two',
          'static int hidden(void) { return 2; }\nint two(void) { return hidden(); }\n',
        ),
      },
      {
        name: 'usr/lib/odd.o',
        bytes: object(dir, 'odd', '__attribute__((weak)) int odd(void) { return 3; }\n'),
      },
    ];
    expect(definedSymbols('one.o', members[0].bytes).sort()).toEqual(['one', 'shared_counter']);
    const archive = writeArchive(members);
    writeFileSync(join(dir, 'libx.a'), archive);
    expect(
      execFileSync('ar', ['t', join(dir, 'libx.a')], { encoding: 'utf8' })
        .split('\n')
        .filter(Boolean),
    ).toEqual(['one.o', 'a-very-long-member-name.o', 'odd.o']);
    const index = execFileSync('nm', ['-s', join(dir, 'libx.a')], { encoding: 'utf8' });
    expect(index).toMatch(/two in a-very-long-member-name\.o/);
    expect(index).toMatch(/odd in odd\.o/);
    expect(index).not.toMatch(/hidden in/);
    // Our own archive reader agrees.
    const parsed = readArchive('libx.a', archive);
    expect(parsed.members.map((m) => m.name)).toEqual([
      'one.o',
      'a-very-long-member-name.o',
      'odd.o',
    ]);
    expect(parsed.index?.has('two')).toBe(true);
    // GNU ld resolves `two` from the archive and leaves the other members out.
    object(dir, 'main', 'int two(void);\nint _start(void) { return two(); }\n');
    execFileSync('ld', [
      '-m',
      'elf_i386',
      '-o',
      join(dir, 'prog'),
      join(dir, 'main.o'),
      join(dir, 'libx.a'),
    ]);
    const syms = execFileSync('nm', [join(dir, 'prog')], { encoding: 'utf8' });
    expect(syms).toMatch(/ T two$/m);
    expect(syms).not.toMatch(/ one$/m);
    // The same members always give the same bytes (no timestamps).
    expect(Buffer.from(writeArchive(members)).equals(Buffer.from(archive))).toBe(true);
  });
});
