import { mkdir, mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentVersion } from '../../../../electron/services/workspace/tree.ts';
import { TreeWatcher } from '../../../../electron/services/workspace/watcher.ts';
import { waitFor } from '../../support/fixture.ts';

let root: string;
let reports: string[][];
let watcher: TreeWatcher;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'watcher-test-'));
  await mkdir(join(root, 'init'));
  await writeFile(join(root, 'init', 'main.c'), 'int x;\n');
  reports = [];
  // No timers: the test drives every scan itself, so nothing depends on timing.
  watcher = new TreeWatcher(root, (paths) => reports.push(paths), {
    debounceMs: 10_000,
    pollMs: 0,
  });
  await watcher.start();
});
afterEach(async () => {
  watcher.close();
  await rm(root, { recursive: true, force: true });
});

describe('TreeWatcher', () => {
  it('reports changed, added and removed files once', async () => {
    await writeFile(join(root, 'init', 'main.c'), 'int y = 2;\n');
    await writeFile(join(root, 'new.c'), 'x');
    await watcher.scanNow();
    expect(reports).toEqual([['init/main.c', 'new.c']]);
    await unlink(join(root, 'new.c'));
    await watcher.scanNow();
    await watcher.scanNow();
    expect(reports).toEqual([['init/main.c', 'new.c'], ['new.c']]);
  });

  it('does not report a write the app announced, even before it is remembered', async () => {
    const text = 'int mine;\n';
    watcher.expect('init/main.c', contentVersion(new TextEncoder().encode(text)));
    await writeFile(join(root, 'init', 'main.c'), text);
    await watcher.scanNow();
    expect(reports).toEqual([]);
    await writeFile(join(root, 'init', 'main.c'), 'int theirs_now;\n');
    await watcher.scanNow();
    expect(reports).toEqual([['init/main.c']]);
  });

  it('hears nested and newly created folders through OS notifications alone (no poll)', async () => {
    watcher.close();
    const live = new TreeWatcher(root, (paths) => reports.push(paths), {
      debounceMs: 30,
      pollMs: 0,
    });
    await live.start();
    try {
      await writeFile(join(root, 'init', 'main.c'), 'int changed;\n');
      await waitFor(() => reports.flat().includes('init/main.c'));
      await mkdir(join(root, 'MyPrintK'));
      await writeFile(join(root, 'MyPrintK', 'Makefile'), 'obj-y := MyPrintK.o\n');
      await waitFor(() => reports.flat().includes('MyPrintK/Makefile'));
      reports.length = 0;
      await writeFile(join(root, 'MyPrintK', 'Makefile'), 'obj-y := MyPrintK.o other.o\n');
      await waitFor(() => reports.flat().includes('MyPrintK/Makefile'));
    } finally {
      live.close();
    }
  });

  it('ignores the temporary files of atomic writes', async () => {
    await writeFile(join(root, 'init', '.syscall-lab-tmp-main.c-abc'), 'partial');
    await watcher.scanNow();
    expect(reports).toEqual([]);
  });
});
