// The runner end to end on the mini fixture with host gcc and GNU ld as the tools (the `--cc gcc`
// compiler binding is shipped code; GNU ld stands in as the oracle linker): what gets built, in
// what order, what an incremental build redoes, and what the outputs are.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gccCompiler } from '../../../build/kbuild/gcc-compiler.ts';
import type { Toolchain } from '../../../build/kbuild/tools.ts';
import { oracleAvailable } from '../../support/oracle.ts';
import { copyFixture, editFile, recordingRunner, removeCopies } from './support/fixture.ts';
import { gnuLdLink } from './support/gnu-ld.ts';
import { packNewc } from '../../../build/cpio/index.ts';

const ok = oracleAvailable('gcc', 'ld', 'nm', 'cpio');
const tools = (): Toolchain => ({
  compiler: gccCompiler({ jobs: 2 }),
  link: gnuLdLink,
  pack: packNewc,
});

function built(lines: string[]): string[] {
  return lines.map((l) => l.trim().replace(/\s+/, ' '));
}

describe.skipIf(!ok)('kbuild runner with gcc + GNU ld (mini fixture)', () => {
  it('builds vmlinux, System.map, libc.a, programs and the initramfs with Kbuild log lines', async () => {
    const { tree, out } = copyFixture('mini');
    const r = recordingRunner(tree, out, tools(), 'gcc');
    const res = await r.runner.build();
    expect(res.diagnostics).toEqual([]);
    expect(res.ok).toBe(true);
    const log = built(r.lines);
    expect(log).toContain('AS arch/x86/kernel/head_32.o');
    expect(log).toContain('CC kernel/sub/helper.o');
    // Deeper directories link first; vmlinux after every built-in.o.
    const order = log.filter((l) => l.startsWith('LD ')).map((l) => l.slice(3));
    expect(order.slice(0, 5)).toEqual([
      'init/built-in.o',
      'kernel/sub/built-in.o',
      'kernel/built-in.o',
      'arch/x86/kernel/built-in.o',
      'vmlinux',
    ]);
    expect(log).toEqual(
      expect.arrayContaining([
        'SYSMAP System.map',
        'AR usr/lib/libc.a',
        'LD usr/bin/hello',
        'LD usr/bin/two',
        'CPIO usr/initramfs.cpio',
      ]),
    );
    const map = readFileSync(join(out, 'System.map'), 'utf8');
    expect(map).toMatch(/^00100000 T startup_32$/m);
    expect(map).toMatch(/ T sys_hello$/m);
    expect(statSync(join(out, 'usr/bin/hello')).mode & 0o111).toBe(0o111);
    expect(statSync(join(out, 'usr/lib/libc.a')).mode & 0o111).toBe(0);
    const hello = execFileSync('readelf', ['-h', join(out, 'usr/bin/hello')], { encoding: 'utf8' });
    expect(hello).toMatch(/Type:\s+EXEC/);
    const listing = execFileSync(
      'cpio',
      ['-it', '--quiet', '-F', join(out, 'usr/initramfs.cpio')],
      { encoding: 'utf8' },
    );
    expect(listing.split('\n').filter(Boolean)).toEqual([
      'bin',
      'dev',
      'dev/console',
      'bin/hello',
      'bin/two',
      'init',
    ]);
    const progress = r.events.progress ?? [];
    expect(progress.at(-1)).toMatchObject({ done: progress.at(-1)?.total });
    expect(existsSync(join(tree, 'init/main.o'))).toBe(false);
  });

  it('rebuilds exactly what an edit affects', async () => {
    const { tree, out } = copyFixture('mini');
    await recordingRunner(tree, out, tools(), 'gcc').runner.build();
    const again = async () => {
      const r = recordingRunner(tree, out, tools(), 'gcc');
      const res = await r.runner.build();
      expect(res.ok).toBe(true);
      return built(r.lines);
    };
    expect(await again()).toEqual([]);
    editFile(tree, 'kernel/sub/helper.c', (t) => t.replace('21', '22'));
    expect(await again()).toEqual([
      'CC kernel/sub/helper.o',
      'LD kernel/sub/built-in.o',
      'LD kernel/built-in.o',
      'LD vmlinux',
      'SYSMAP System.map',
    ]);
    // A header: every object that includes it, and nothing else.
    editFile(tree, 'include/linux/kernel.h', (t) => t.replace('int printk', 'extern int printk'));
    const h = await again();
    expect(h.filter((l) => l.startsWith('CC '))).toEqual(['CC init/main.o', 'CC kernel/printk.o']);
    // A user program: its object, its link and the initramfs; the kernel is untouched.
    editFile(tree, 'usr/bin/hello.c', (t) => t.replace('hello\\n", 6', 'hullo\\n", 6'));
    expect(await again()).toEqual([
      'CC usr/bin/hello.o',
      'LD usr/bin/hello',
      'CPIO usr/initramfs.cpio',
    ]);
    // A flags change recompiles every object of that kind.
    editFile(tree, 'Makefile', (t) => t.replace('-D__KERNEL__', '-D__KERNEL__ -DEXTRA=1'));
    const f = await again();
    expect(f.filter((l) => /^(CC|AS) /.test(l)).sort()).toEqual([
      'AS arch/x86/kernel/head_32.o',
      'AS arch/x86/kernel/syscall_table_32.o',
      'CC init/main.o',
      'CC kernel/printk.o',
      'CC kernel/sub/helper.o',
      'CC kernel/sys_ni.o',
    ]);
    // -DEXTRA changes no code: the objects come out byte-identical, so nothing is relinked.
    expect(f.filter((l) => l.startsWith('LD '))).toEqual([]);
  });

  it('relinks a program when libc changes and rebuilds a deleted output', async () => {
    const { tree, out } = copyFixture('mini');
    await recordingRunner(tree, out, tools(), 'gcc').runner.build();
    editFile(tree, 'usr/lib/write.c', (t) => t.replace('for (;;)', 'while (1)'));
    let r = recordingRunner(tree, out, tools(), 'gcc');
    await r.runner.build();
    expect(built(r.lines)).toEqual([
      'CC usr/lib/write.o',
      'AR usr/lib/libc.a',
      'LD usr/bin/hello',
      'LD usr/bin/two',
      'CPIO usr/initramfs.cpio',
    ]);
    execFileSync('rm', [join(out, 'kernel/printk.o')]);
    r = recordingRunner(tree, out, tools(), 'gcc');
    await r.runner.build();
    expect(built(r.lines)).toEqual(['CC kernel/printk.o']);
    execFileSync('rm', [join(out, 'System.map')]);
    r = recordingRunner(tree, out, tools(), 'gcc');
    await r.runner.build();
    expect(built(r.lines)).toEqual(['LD vmlinux', 'SYSMAP System.map']);
  });
});

afterAll(removeCopies);
