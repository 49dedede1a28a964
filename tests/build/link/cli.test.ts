// `syscall-lab ld`: GNU ld's command-line subset over build/link, run in process through main().
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../../build/cli/ld.ts';
import { tempDir, TESTDATA } from './helpers.ts';

const golden = (name: string) => join(TESTDATA, 'golden', name);

describe('syscall-lab ld', () => {
  let dir = '';
  let stderr: string[] = [];
  beforeAll(() => {
    dir = tempDir('ldcli');
  });
  afterEach(() => vi.restoreAllMocks());
  const capture = () => {
    stderr = [];
    vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => {
      stderr.push(a.join(' '));
    });
  };

  it('links a kernel with -T, -o, -Map and -m elf_i386, and writes an executable file', async () => {
    capture();
    const out = join(dir, 'vmlinux'),
      map = join(dir, 'vmlinux.map');
    const status = await main([
      '-m',
      'elf_i386',
      '-T',
      join(TESTDATA, 'kernel/vmlinux.lds'),
      '-o',
      out,
      '-Map',
      map,
      ...['head.o', 'main.o', 'sys.o', 'cond.o'].map(golden),
    ]);
    expect(stderr).toEqual([]);
    expect(status).toBe(0);
    expect(readFileSync(out).subarray(0, 4).toString('latin1')).toBe('\x7fELF');
    expect(readFileSync(map, 'utf8')).toMatch(
      /^\.text +0xc0100000 +0x[0-9a-f]+ load address 0x00100000$/m,
    );
  });

  it('does -r, -e, -L/-l and accepts -static -nostdlib', async () => {
    capture();
    const partial = join(dir, 'built-in.o');
    expect(await main(['-r', '-o', partial, golden('prog.o')])).toBe(0);
    const exe = join(dir, 'prog');
    expect(
      await main([
        '-static',
        '-nostdlib',
        '-e',
        '_start',
        '-o',
        exe,
        golden('start.o'),
        partial,
        `-L${join(TESTDATA, 'golden')}`,
        '-lmini',
      ]),
    ).toBe(0);
    expect(stderr).toEqual([]);
  });

  it('prints GNU ld-style errors and exits 1 without writing the output', async () => {
    capture();
    const out = join(dir, 'broken');
    expect(await main(['-o', out, golden('start.o'), golden('prog.o')])).toBe(1);
    expect(existsSync(out)).toBe(false);
    expect(stderr[0]).toMatch(
      /^ld: \/\S+\/prog\.o: in function `main':\nprog\.c:\(\.text\+0x[0-9a-f]+\): undefined reference to `mini_puts'$/,
    );
  });

  it('reports usage errors with exit status 2', async () => {
    capture();
    expect(await main(['-m', 'elf_x86_64', 'x.o'])).toBe(2);
    expect(stderr[0]).toMatch(/unrecognised emulation mode: elf_x86_64/);
    expect(await main(['--frobnicate'])).toBe(2);
    expect(
      await main(['-o', join(dir, 'w'), golden('main.o'), golden('sys.o'), golden('cond.o')]),
    ).toBe(0);
    expect(stderr).toContain(
      'ld: warning: cannot find entry symbol _start; defaulting to 08049000',
    );
    expect(await main([])).toBe(2);
    expect(await main(['-o'])).toBe(2);
  });

  it('names missing inputs and scripts', async () => {
    capture();
    expect(await main(['-o', join(dir, 'x'), join(dir, 'nope.o')])).toBe(1);
    writeFileSync(join(dir, 'empty.o'), '');
    expect(await main(['-T', join(dir, 'none.lds'), join(dir, 'empty.o')])).toBe(1);
    expect(await main(['-o', join(dir, 'y'), join(dir, 'empty.o')])).toBe(1);
    expect(stderr).toEqual([
      `ld: cannot find ${join(dir, 'nope.o')}: No such file or directory`,
      `ld: cannot open linker script file ${join(dir, 'none.lds')}: No such file or directory`,
      `ld: ${join(dir, 'empty.o')}: file not recognized: file format not recognized`,
    ]);
  });
});
