// A compile error on a warm runner over the real kernel tree, set up as the app's build service
// sets it up (tcc.wasm on two workers, the calling thread never compiling): the failing build
// recompiles only the broken file (no re-plan of other objects, no explanation pass over the
// tree, nothing else rebuilt), says where the error is, and the fix rebuilds only that file's
// object and what links it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeRunner } from '../../../build/kbuild/node-toolchain.ts';
import type { BuildEventMap } from '../../../build/kbuild/events.ts';
import type { BuildResult, KbuildRunner } from '../../../build/kbuild/runner.ts';
import { editFile, removeCopies } from './support/fixture.ts';
import { copyKernel } from './support/kernel-tree.ts';

const MAIN_C = 'init/main.c';
const BROKEN = 'static int kernel_init(';

/// One build's log lines and target decisions.
interface Observed {
  readonly result: BuildResult;
  readonly compiled: string[];
  readonly built: string[];
}

describe('a failing incremental build of the kernel tree', () => {
  let runner: KbuildRunner;
  let tree: string;

  async function observe(): Promise<Observed> {
    const compiled: string[] = [];
    const built: string[] = [];
    const offs = [
      runner.on('log', (e: BuildEventMap['log']) => {
        if (/^(CC|AS|USERCC|USERAS)$/.test(e.tag)) compiled.push(e.target);
      }),
      runner.on('target', (d: BuildEventMap['target']) => {
        if (d.action === 'build') built.push(d.target);
      }),
    ];
    try {
      return { result: await runner.build('all'), compiled, built };
    } finally {
      for (const off of offs) off();
    }
  }

  beforeAll(async () => {
    const copy = copyKernel();
    tree = copy.tree;
    runner = await createNodeRunner({
      tree,
      out: copy.out,
      cc: 'builtin',
      jobs: 2,
      callerCompiles: false,
    });
    expect((await runner.build('all')).ok).toBe(true);
  }, 180_000);
  afterAll(async () => {
    await runner?.close();
    removeCopies();
  });

  it('recompiles only the broken file, twice in a row, then only it again once fixed', async () => {
    let line = 0;
    editFile(tree, MAIN_C, (text) => {
      line = text.split('\n').findIndex((l) => l.startsWith(BROKEN)) + 1;
      return text.replace(BROKEN, 'statc int kernel_init(');
    });
    expect(line).toBeGreaterThan(0);
    for (let i = 0; i < 2; i++) {
      const { result, compiled, built } = await observe();
      expect(result.ok).toBe(false);
      expect(compiled).toEqual(['init/main.o']);
      expect(built).toEqual(['init/main.o']);
      expect(result.rebuilt).toEqual([]);
      const errors = result.diagnostics.filter((d) => d.stage === 'compile');
      expect(errors.length).toBeGreaterThan(0);
      expect(errors.every((d) => d.file === MAIN_C && d.line === line)).toBe(true);
    }
    editFile(tree, MAIN_C, (text) => text.replace('statc int kernel_init(', BROKEN));
    const fixed = await observe();
    expect(fixed.result.ok).toBe(true);
    expect(fixed.compiled).toEqual(['init/main.o']);
    expect(fixed.result.rebuilt.slice(0, 3)).toEqual(['init/main.o', 'init/built-in.o', 'vmlinux']);
  }, 120_000);
});
