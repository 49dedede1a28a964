import { execFileSync } from 'node:child_process';
import { cp, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LabError } from '../../../../electron/ipc/lab-errors.ts';
import { walkTree } from '../../../../electron/services/workspace/tree.ts';
import { WorkspaceService } from '../../../../electron/services/workspace/workspace-service.ts';
import { oracleAvailable } from '../../../support/oracle.ts';
import type { Scratch } from '../../support/fixture.ts';
import { makeScratch, waitFor } from '../../support/fixture.ts';

let scratch: Scratch;
let ws: WorkspaceService;
let external: string[][];

async function openService(maxFileBytes?: number): Promise<WorkspaceService> {
  const s = new WorkspaceService({
    shippedRoot: scratch.shipped,
    dataDir: scratch.data,
    maxFileBytes,
    watch: { debounceMs: 30, pollMs: 200 },
    onExternalChange: (paths) => external.push(paths),
  });
  await s.open();
  return s;
}

async function filesOf(root: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const [rel, node] of await walkTree(root)) {
    if (node.kind === 'file') out[rel] = await readFile(join(root, rel), 'utf8');
  }
  return out;
}

async function rejection(p: Promise<unknown>): Promise<LabError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(LabError);
  return err as LabError;
}

beforeEach(async () => {
  scratch = await makeScratch();
  external = [];
  ws = await openService();
});
afterEach(async () => {
  ws.close();
  await scratch.cleanup();
});

describe('WorkspaceService: seeding and listing', () => {
  it('copies the shipped tree on first start and lists it unchanged', async () => {
    const { entries } = await ws.list();
    const files = entries.filter((e) => e.kind === 'file');
    expect(files.map((e) => e.path)).toContain('arch/x86/kernel/syscall_table_32.S');
    expect(files.every((e) => e.status === 'unchanged' && e.editable)).toBe(true);
    expect(entries.find((e) => e.path === 'arch')?.kind).toBe('dir');
    expect((await ws.info()).fileCount).toBe(files.length);
  });

  it('removes temporary files an interrupted save left behind, keeping the file', async () => {
    ws.close();
    const stale = join(ws.dirs.workspace, 'init', '.syscall-lab-tmp-main.c-0123abcd');
    await writeFile(stale, 'half a save');
    ws = await openService();
    expect((await ws.list()).entries.some((e) => e.path.includes('syscall-lab-tmp'))).toBe(false);
    await expect(readFile(stale)).rejects.toThrow('ENOENT');
    expect((await ws.read({ path: 'init/main.c' })).status).toBe('unchanged');
  });

  it("leaves out the build products the tree's .gitignore names", async () => {
    ws.close();
    await writeFile(join(scratch.shipped, '.gitignore'), '*.o\nvmlinux\n');
    await writeFile(
      join(scratch.shipped, 'init', 'main.o'),
      Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0]),
    );
    await writeFile(join(scratch.shipped, 'vmlinux'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0]));
    const s = new WorkspaceService({
      shippedRoot: scratch.shipped,
      dataDir: join(scratch.root, 'd4'),
      watch: null,
    });
    await s.open();
    const paths = (await s.list()).entries.map((e) => e.path);
    expect(paths).toContain('.gitignore');
    expect(paths).toContain('init/main.c');
    expect(paths).not.toContain('init/main.o');
    expect(paths).not.toContain('vmlinux');
  });

  it('treats a missing shipped tree as an empty one', async () => {
    ws.close();
    const s = new WorkspaceService({
      shippedRoot: join(scratch.root, 'nope'),
      dataDir: join(scratch.root, 'd2'),
      watch: null,
    });
    await s.open();
    expect((await s.list()).entries).toEqual([]);
  });

  it("keeps the learner's edits when the shipped tree changes, and updates the rest", async () => {
    await ws.write({ path: 'init/main.c', text: 'int main(void) { return 1; }\n' });
    ws.close();
    await writeFile(join(scratch.shipped, 'init/main.c'), 'shipped v2\n');
    await writeFile(join(scratch.shipped, 'Makefile'), 'core-y := kernel/ mm/\n');
    await writeFile(join(scratch.shipped, 'NEWFILE'), 'hello\n');
    const s = new WorkspaceService({
      shippedRoot: scratch.shipped,
      dataDir: scratch.data,
      watch: null,
    });
    const report = await s.open();
    expect(report.action).toBe('upgraded');
    expect(report.kept).toEqual(['init/main.c']);
    expect([...report.updated].sort()).toEqual(['Makefile', 'NEWFILE']);
    expect((await s.read({ path: 'init/main.c' })).text).toBe('int main(void) { return 1; }\n');
    expect((await s.read({ path: 'Makefile' })).status).toBe('unchanged');
  });

  it('marks binary and oversized files as not editable with a reason', async () => {
    ws.close();
    await writeFile(join(scratch.shipped, 'blob.bin'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1]));
    await writeFile(join(scratch.shipped, 'big.txt'), 'x'.repeat(300));
    const s = new WorkspaceService({
      shippedRoot: scratch.shipped,
      dataDir: join(scratch.root, 'd3'),
      maxFileBytes: 256,
      watch: null,
    });
    await s.open();
    const { entries } = await s.list();
    expect(entries.find((e) => e.path === 'blob.bin')).toMatchObject({
      editable: false,
      note: expect.stringContaining('binary'),
    });
    expect(entries.find((e) => e.path === 'big.txt')).toMatchObject({
      editable: false,
      note: expect.stringContaining('over the 256 B limit'),
    });
    expect((await rejection(s.read({ path: 'blob.bin' }))).code).toBe('binary');
    expect((await rejection(s.read({ path: 'big.txt' }))).message).toBe(
      'big.txt: file is 300 B, over the 256 B limit',
    );
  });
});

describe('WorkspaceService: reading and writing', () => {
  it('writes atomically, persists, and reports status and version', async () => {
    const before = await ws.read({ path: 'include/linux/syscalls.h' });
    const text = before.text.replace(
      '#endif',
      'asmlinkage long sys_MyPrintK(const char *s);\n\n#endif',
    );
    const saved = await ws.write({
      path: 'include/linux/syscalls.h',
      text,
      baseVersion: before.version,
    });
    expect(saved.status).toBe('modified');
    expect(saved.version).not.toBe(before.version);
    expect(await readFile(join(ws.dirs.workspace, 'include/linux/syscalls.h'), 'utf8')).toBe(text);
    const reopened = await ws.read({ path: 'include/linux/syscalls.h' });
    expect(reopened).toMatchObject({ text, version: saved.version, status: 'modified' });
  });

  it('creates new files and folders (lesson step 1)', async () => {
    const saved = await ws.write({
      path: 'MyPrintK/MyPrintK.c',
      text: '#include <linux/kernel.h>\n',
    });
    expect(saved.status).toBe('added');
    const { entries } = await ws.list();
    expect(entries.find((e) => e.path === 'MyPrintK')).toMatchObject({
      kind: 'dir',
      status: 'added',
    });
  });

  it('refuses a stale save with a conflict', async () => {
    const opened = await ws.read({ path: 'Makefile' });
    await writeFile(join(ws.dirs.workspace, 'Makefile'), 'changed elsewhere\n');
    const err = await rejection(
      ws.write({ path: 'Makefile', text: 'mine\n', baseVersion: opened.version }),
    );
    expect(err.code).toBe('conflict');
    expect(await readFile(join(ws.dirs.workspace, 'Makefile'), 'utf8')).toBe('changed elsewhere\n');
  });

  it('refuses paths outside the workspace', async () => {
    for (const path of ['../secret', '/etc/passwd', 'a/../../b', 'C:\\x', 'a//b']) {
      const err = await rejection(ws.read({ path }));
      expect(err.code, path).toBe('outside-workspace');
    }
  });

  it('refuses to follow a link out of the workspace', async () => {
    await mkdir(join(scratch.root, 'outside'));
    await writeFile(join(scratch.root, 'outside', 'x.c'), 'secret\n');
    await symlink(join(scratch.root, 'outside'), join(ws.dirs.workspace, 'escape'));
    expect((await rejection(ws.read({ path: 'escape/x.c' }))).code).toBe('outside-workspace');
    expect((await rejection(ws.write({ path: 'escape/y.c', text: 'x' }))).code).toBe(
      'outside-workspace',
    );
  });

  it('refuses oversize and binary content on write', async () => {
    ws.close();
    ws = await openService(64);
    expect((await rejection(ws.write({ path: 'a.c', text: 'x'.repeat(65) }))).code).toBe(
      'too-large',
    );
    expect((await rejection(ws.write({ path: 'a.c', text: 'a\u0000b' }))).code).toBe('binary');
  });

  it('reports missing files and folders clearly', async () => {
    expect((await rejection(ws.read({ path: 'nope.c' }))).message).toBe('nope.c: no such file');
    expect((await rejection(ws.read({ path: 'init' }))).message).toBe(
      'init: is a folder, not a file',
    );
  });
});

describe('WorkspaceService: reset, remove, diff', () => {
  it('needs confirmation to reset or remove', async () => {
    expect((await rejection(ws.reset({ confirm: false }))).code).toBe('needs-confirmation');
    expect((await rejection(ws.remove({ path: 'Makefile', confirm: false }))).code).toBe(
      'needs-confirmation',
    );
  });

  it('resets one file, leaving the others', async () => {
    await ws.write({ path: 'Makefile', text: 'x\n' });
    await ws.write({ path: 'init/main.c', text: 'y\n' });
    expect((await ws.reset({ path: 'Makefile', confirm: true })).paths).toEqual(['Makefile']);
    expect((await ws.read({ path: 'Makefile' })).status).toBe('unchanged');
    expect((await ws.read({ path: 'init/main.c' })).status).toBe('modified');
  });

  it('resets everything: edits, added files and folders, deletions', async () => {
    await ws.write({ path: 'MyPrintK/MyPrintK.c', text: 'x\n' });
    await ws.write({ path: 'Makefile', text: 'x\n' });
    await ws.remove({ path: 'init/main.c', confirm: true });
    const { paths } = await ws.reset({ confirm: true });
    expect([...paths].sort()).toEqual(['Makefile', 'MyPrintK/MyPrintK.c', 'init/main.c']);
    expect((await ws.diff({})).files).toEqual([]);
    expect((await ws.list()).entries.some((e) => e.path.startsWith('MyPrintK'))).toBe(false);
  });

  it('diffs against pristine, per file and for the tree', async () => {
    await ws.write({
      path: 'Makefile',
      text: (await ws.read({ path: 'Makefile' })).text + 'core-y += MyPrintK/\n',
    });
    await ws.write({ path: 'MyPrintK/Makefile', text: 'obj-y := MyPrintK.o\n' });
    const all = await ws.diff({});
    expect(all.files.map((f) => [f.path, f.status, f.added, f.removed])).toEqual([
      ['Makefile', 'modified', 1, 0],
      ['MyPrintK/Makefile', 'added', 1, 0],
    ]);
    expect((await ws.diff({ path: 'MyPrintK' })).files).toHaveLength(1);
    expect(all.files[0].diff).toContain('+core-y += MyPrintK/');
  });
});

describe.skipIf(!oracleAvailable('patch'))(
  'WorkspaceService: exported patch with GNU patch -p1',
  () => {
    it('turns a pristine copy into the workspace', async () => {
      await ws.write({
        path: 'arch/x86/kernel/syscall_table_32.S',
        text:
          (await ws.read({ path: 'arch/x86/kernel/syscall_table_32.S' })).text +
          '\t.long sys_MyPrintK\t\t/* 338 */\n',
      });
      await ws.write({
        path: 'MyPrintK/MyPrintK.c',
        text: 'asmlinkage long sys_MyPrintK(const char *s)\n{\n\treturn 0;\n}\n',
      });
      await ws.write({ path: 'init/main.c', text: 'int main(void)\n{\n\treturn 1;\n}' });
      await ws.remove({ path: 'include/linux/syscalls.h', confirm: true });
      const exported = await ws.exportPatch();
      expect(exported).toMatchObject({ files: 4, skipped: [] });
      expect(exported.fileName).toMatch(/^syscall-lab-\d{8}-\d{4}\.patch$/);
      const copy = join(scratch.root, 'copy');
      await cp(scratch.shipped, copy, { recursive: true });
      await writeFile(join(scratch.root, 'x.patch'), exported.patch);
      execFileSync('patch', ['-p1', '--batch', '-i', join(scratch.root, 'x.patch')], {
        cwd: copy,
        stdio: 'pipe',
      });
      // Files must match exactly; patch also prunes folders a deletion left empty, which a tree
      // of files cannot express, so folders are not compared.
      expect(await filesOf(copy)).toEqual(await filesOf(ws.dirs.workspace));
    });
  },
);

describe('WorkspaceService: external changes', () => {
  it('reports files changed outside the app, but not its own saves', async () => {
    await ws.write({ path: 'Makefile', text: 'mine\n' });
    await ws.checkExternalChanges();
    expect(external).toEqual([]);
    await writeFile(join(ws.dirs.workspace, 'init/main.c'), 'edited in another editor\n');
    await waitFor(() => external.flat().includes('init/main.c'));
    expect(external.flat()).not.toContain('Makefile');
  });
});
