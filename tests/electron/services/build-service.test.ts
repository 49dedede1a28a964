// The build service against the real pipeline (tcc.wasm, our linker, the Kbuild runner) on a
// temporary copy of kernel/: a full build with the Kbuild log, progress to the end and the three
// artifacts published for Boot; a one-file edit that recompiles only that file on the warm
// runner; a broken C file that gives a located diagnostic and leaves the last good images in
// place; a second start while one runs refused.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BuildDiagnostics } from '../../../electron/ipc/lab-api.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BuildService } from '../../../electron/services/build-service.ts';
import { BOOT_DIR } from '../../../electron/services/engines/boot-images.ts';
import { copyKernelTree, scratch, type Scratch } from '../../support/kernel-build.ts';
import { recordingContext, type RecordingContext } from './engine-events.ts';

const MAIN_C = 'init/main.c';

describe('build service on a copy of the kernel tree', () => {
  let tmp: Scratch;
  let ctx: RecordingContext;
  let service: BuildService;

  /// Starts a build and waits for its `build:finished`.
  async function build() {
    const from = ctx.events.length;
    const { buildId } = await service.start({ target: 'all' });
    const finished = await ctx.waitFor('build:finished', (f) => f.buildId === buildId, 120_000);
    const mine = ctx.events.slice(from).filter((e) => 'buildId' in (e.payload as object));
    const log = mine
      .filter((e) => e.name === 'build:log')
      .map((e) => (e.payload as { text: string }).text);
    return { buildId, finished, log, events: mine };
  }

  beforeAll(() => {
    tmp = scratch('build-service');
    copyKernelTree(join(tmp.dir, 'tree'));
    ctx = recordingContext(join(tmp.dir, 'tree'), join(tmp.dir, 'data', 'build-out'));
    service = new BuildService(ctx);
  });
  afterAll(async () => {
    await service?.close();
    tmp?.dispose();
  });

  it('builds the tree: log, progress to the end, artifacts published to boot/', async () => {
    const { finished, log, events } = await build();
    expect(finished.ok).toBe(true);
    expect(log).toContain('  CC      init/main.o');
    expect(log).toContain('  LD      vmlinux');
    expect(log).toContain('  CPIO    usr/initramfs.cpio');
    const progress = events.filter((e) => e.name === 'build:progress').map((e) => e.payload);
    const last = progress.at(-1) as { done: number; total: number };
    expect(last.done).toBe(last.total);
    expect(finished.artifacts.map((a) => a.name).sort()).toEqual([
      'System.map',
      'initramfs.cpio',
      'vmlinux',
    ]);
    for (const a of finished.artifacts) expect(a.size).toBeGreaterThan(1000);
    const vmlinux = await readFile(join(ctx.outputDir, BOOT_DIR, 'vmlinux'));
    expect([...vmlinux.subarray(0, 4)]).toEqual([0x7f, 0x45, 0x4c, 0x46]);
  }, 180_000);

  it('recompiles only the edited file on the next build', async () => {
    const file = join(ctx.workspaceRoot, MAIN_C);
    await writeFile(file, `${await readFile(file, 'utf8')}\n/* edited by the test */\n`);
    const { finished, log } = await build();
    expect(finished.ok).toBe(true);
    expect(log.filter((l) => /^ {2}(CC|AS|USERCC|USERAS) /.test(l))).toEqual([
      '  CC      init/main.o',
    ]);
  }, 120_000);

  it('reports a broken C file as a located diagnostic and keeps the last good images', async () => {
    const good = await readFile(join(ctx.outputDir, BOOT_DIR, 'vmlinux'));
    const file = join(ctx.workspaceRoot, MAIN_C);
    const text = await readFile(file, 'utf8');
    const lines = text.split('\n');
    const at = lines.findIndex((l) => l.startsWith('static int kernel_init('));
    lines[at] = lines[at].replace('static int', 'statc int');
    await writeFile(file, lines.join('\n'));
    try {
      const { finished, events, log } = await build();
      expect(finished.ok).toBe(false);
      expect(finished.artifacts).toEqual([]);
      const diags = events.flatMap((e) =>
        e.name === 'build:diagnostics' ? (e.payload as BuildDiagnostics).diagnostics : [],
      );
      const error = diags.find((d) => d.severity === 'error');
      expect(error).toMatchObject({ file: MAIN_C, line: at + 1 });
      expect(log.some((l) => l.startsWith(`${MAIN_C}:${at + 1}:`))).toBe(true);
      expect(await readFile(join(ctx.outputDir, BOOT_DIR, 'vmlinux'))).toEqual(good);
    } finally {
      await writeFile(file, text);
    }
  }, 120_000);

  it('refuses a second build while one runs, then builds again', async () => {
    const first = await service.start({});
    await expect(service.start({})).rejects.toMatchObject({ code: 'conflict' });
    const done = await ctx.waitFor('build:finished', (f) => f.buildId === first.buildId, 120_000);
    expect(done.ok).toBe(true);
  }, 120_000);

  it('keeps its output outside the tree', () => {
    expect(ctx.outputDir.startsWith(ctx.workspaceRoot)).toBe(false);
  });
});
