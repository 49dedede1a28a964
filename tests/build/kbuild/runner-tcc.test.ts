// The runner with the shipped tools: tcc.wasm (in process and on worker threads) and our linker,
// on the mini fixture. GNU readelf/nm check the outputs.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { oracleAvailable } from '../../support/oracle.ts';
import { copyFixture, editFile, recordingRunner, removeCopies } from './support/fixture.ts';
import { packNewc } from '../../../build/cpio/index.ts';
import { nodeBuildFs } from '../../../build/kbuild/node-build-fs.ts';
import { workerPoolCompiler } from '../../../build/kbuild/worker-pool.ts';
import { link } from '../../../build/link/index.ts';
import { loadTccHost, tccCacheDir } from '../../../build/tcc/node-loader.ts';
import { tccToolchain } from './support/toolchains.ts';

const ok = oracleAvailable('readelf', 'nm');

describe.skipIf(!ok)('kbuild runner with tcc.wasm + our linker (mini fixture)', () => {
  it('builds a multiboot-shaped vmlinux and static programs; workers give identical bytes', async () => {
    const { tree, out } = copyFixture('mini');
    const r1 = recordingRunner(tree, out, await tccToolchain(tree, 1), 'tcc');
    const res = await r1.runner.build();
    await r1.runner.close();
    expect(res.diagnostics).toEqual([]);
    expect(res.ok).toBe(true);
    const header = execFileSync('readelf', ['-h', join(out, 'vmlinux')], { encoding: 'utf8' });
    expect(header).toMatch(/Machine:\s+Intel 80386/);
    const nm = execFileSync('nm', ['-n', join(out, 'vmlinux')], { encoding: 'utf8' });
    expect(nm).toMatch(/^00100000 T startup_32$/m);
    expect(readFileSync(join(out, 'System.map'), 'utf8')).toMatch(/ T sys_hello$/m);
    const prog = execFileSync('readelf', ['-l', join(out, 'usr/bin/two')], { encoding: 'utf8' });
    expect(prog).toMatch(/LOAD\s+0x[0-9a-f]+ 0x0804[89a-f]/);
    // libtcc1.a supplied the 64-bit division two-main.c needs.
    expect(execFileSync('nm', [join(out, 'usr/bin/two')], { encoding: 'utf8' })).toMatch(
      / T __divdi3$/m,
    );

    const { out: out2 } = copyFixture('mini');
    const r2 = recordingRunner(tree, out2, await tccToolchain(tree, 2), 'tcc');
    const res2 = await r2.runner.build();
    await r2.runner.close();
    expect(res2.ok).toBe(true);
    for (const f of [
      'vmlinux',
      'System.map',
      'usr/lib/libc.a',
      'usr/bin/hello',
      'usr/initramfs.cpio',
    ]) {
      expect(readFileSync(join(out2, f)).equals(readFileSync(join(out, f))), f).toBe(true);
    }
  });

  it('rebuilds one object, its built-in.o chain and vmlinux after a one-file edit', async () => {
    const { tree, out } = copyFixture('mini');
    const tools = await tccToolchain(tree, 1);
    await recordingRunner(tree, out, tools, 'tcc').runner.build();
    editFile(tree, 'init/main.c', (t) => t.replace('helper(2)', 'helper(3)'));
    const r = recordingRunner(tree, out, tools, 'tcc');
    expect((await r.runner.build()).ok).toBe(true);
    expect(r.lines.map((l) => l.trim().replace(/\s+/, ' '))).toEqual([
      'CC init/main.o',
      'LD init/built-in.o',
      'LD vmlinux',
      'SYSMAP System.map',
    ]);
    const decisions = r.events.target ?? [];
    expect(decisions.find((d) => d.target === 'init/main.o')?.reason).toMatch(
      /init\/main\.c changed$/,
    );
    expect(decisions.filter((d) => d.action === 'build').map((d) => d.target)).toEqual([
      'init/main.o',
      'init/built-in.o',
      'vmlinux',
    ]);
  });

  it('runs builds requested during a build after it, and shares one queued build', async () => {
    const { tree, out } = copyFixture('mini');
    const r = recordingRunner(tree, out, await tccToolchain(tree, 1), 'tcc');
    const first = r.runner.build();
    // Calls before it starts share it; calls once it runs queue one more build.
    expect(r.runner.build()).toBe(first);
    await new Promise<void>((resolve) => {
      const off = r.runner.on('log', () => (off(), resolve()));
    });
    const second = r.runner.build();
    const third = r.runner.build();
    expect(third).toBe(second);
    expect(second).not.toBe(first);
    const [a, b] = await Promise.all([first, second]);
    expect(a.ok && b.ok).toBe(true);
    expect(a.rebuilt).toContain('vmlinux');
    expect(b.rebuilt).toEqual([]);
    expect((r.events.finish ?? []).length).toBe(2);
  });

  it('a worker that cannot start fails its compiles with a message, without hanging or respawning forever', async () => {
    const { tree, out } = copyFixture('mini');
    const host = await loadTccHost();
    const compiler = workerPoolCompiler({
      fs: nodeBuildFs(),
      tree,
      jobs: 2,
      module: host.wasmModule,
      tccCache: tccCacheDir(),
      libtcc1: null,
      workerUrl: new URL('./no-such-worker.mjs', import.meta.url),
    });
    const r = recordingRunner(tree, out, { compiler, link: (o) => link(o), pack: packNewc }, 'tcc');
    const res = await r.runner.build();
    await r.runner.close();
    expect(res.ok).toBe(false);
    const compileErrors = res.diagnostics.filter((d) => d.stage === 'compile');
    expect(compileErrors.length).toBe(12);
    expect(compileErrors[0].message).toMatch(/no-such-worker|Cannot find module/);
  });

  it('builds only the kernel or only the userland when asked', async () => {
    const { tree, out } = copyFixture('mini');
    const r = recordingRunner(tree, out, await tccToolchain(tree, 1), 'tcc');
    const kernel = await r.runner.build('kernel');
    expect(kernel.ok).toBe(true);
    expect(kernel.rebuilt).toContain('vmlinux');
    expect(kernel.rebuilt.filter((t) => t.startsWith('usr/'))).toEqual([]);
    expect(r.events.progress?.at(-1)).toMatchObject({ done: 11, total: 11 });
    const user = await r.runner.build('user');
    expect(user.rebuilt).toContain('usr/initramfs.cpio');
    expect(user.rebuilt.filter((t) => !t.startsWith('usr/'))).toEqual([]);
  });

  it('reports an unwritable output directory instead of rejecting', async () => {
    const { tree, out } = copyFixture('mini');
    writeFileSync(out, 'a file where the output directory should be');
    const r = recordingRunner(tree, out, await tccToolchain(tree, 1), 'tcc');
    const res = await r.runner.build();
    expect(res.ok).toBe(false);
    expect(res.diagnostics.some((d) => d.stage === 'compile' && d.severity === 'error')).toBe(true);
    expect(res.diagnostics.at(-1)?.message).toMatch(/^build stopped: /);
  });
});

afterAll(removeCopies);
