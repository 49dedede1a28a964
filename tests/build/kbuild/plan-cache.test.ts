// The warm runner's plan cache: the same plan while nothing the planner read changed, a new one
// after any Makefile edit or a source appearing or disappearing.
import { describe, expect, it } from 'vitest';
import { readText } from '../../../build/kbuild/build-fs.ts';
import type { BuildFs } from '../../../build/kbuild/build-fs.ts';
import { MemoryBuildFs } from '../../../build/kbuild/memory-build-fs.ts';
import { PlanCache } from '../../../build/kbuild/plan-cache.ts';

describe('plan cache', () => {
  it('reuses a plan until a file it consulted changes', async () => {
    const fs = new MemoryBuildFs({ '/t/Makefile': 'obj-y := a.o\n', '/t/a.c': '' });
    const cache = new PlanCache<{ text: string; hasC: boolean; n: number }>(fs);
    let runs = 0;
    const make = async (f: BuildFs) => ({
      text: await readText(f, '/t/Makefile'),
      hasC: (await f.stat('/t/a.c')) !== null,
      n: ++runs,
    });
    const first = await cache.get(make);
    expect(await cache.get(make)).toBe(first);
    fs.put('/t/Makefile', 'obj-y := a.o b.o\n');
    const second = await cache.get(make);
    expect(second).toMatchObject({ text: 'obj-y := a.o b.o\n', n: 2 });
    expect(await cache.get(make)).toBe(second);
    await fs.remove('/t/a.c');
    expect(await cache.get(make)).toMatchObject({ hasC: false, n: 3 });
    fs.put('/t/a.c', 'int x;');
    expect(await cache.get(make)).toMatchObject({ hasC: true, n: 4 });
  });

  it('does not cache a plan that failed', async () => {
    const fs = new MemoryBuildFs({ '/t/Makefile': 'x' });
    const cache = new PlanCache<number>(fs);
    let runs = 0;
    const failing = async () => {
      runs++;
      throw new Error('bad tree');
    };
    await expect(cache.get(failing)).rejects.toThrow('bad tree');
    await expect(cache.get(failing)).rejects.toThrow('bad tree');
    expect(runs).toBe(2);
  });
});
