// End to end: the real renderer in Debian's Chromium against the real browser host and services.
// Edits a kernel file, reloads and finds it saved, reads the diff, exports the patch and applies
// it with GNU patch to a pristine copy; checks that a wrong token and a malformed message are
// refused; and takes screenshots (normal, dark, projector) into tests/.artifacts/.
import { execFileSync } from 'node:child_process';
import { cp, readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LabHost } from '../../electron/host/lab-host.ts';
import type { Scratch } from '../electron/support/fixture.ts';
import { makeScratch } from '../electron/support/fixture.ts';
import type { BrowserSession } from '../support/browser.ts';
import type { AppSession } from '../support/app-session.ts';
import { launchApp, openFile } from '../support/app-session.ts';
import { oracleAvailable } from '../support/oracle.ts';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const artifacts = join(repoRoot, 'tests', '.artifacts');
const HEADER_PATH = 'include/linux/syscalls.h';
const NEW_LINE = 'asmlinkage long sys_MyPrintK(const char *s);';

const ok = oracleAvailable('chromium', 'patch');

describe.skipIf(!ok)('app in Chromium against the browser host', () => {
  let scratch: Scratch;
  let app: AppSession;
  let host: LabHost;
  let session: BrowserSession;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    scratch = await makeScratch();
    app = await launchApp({
      dataDir: scratch.data,
      shippedRoot: scratch.shipped,
      engines: {},
      watch: { debounceMs: 50, pollMs: 500 },
    });
    ({ host, browser: session, page, errors } = app);
  });

  afterAll(async () => {
    await app?.close();
    await scratch?.cleanup();
  });

  it('opens with the tree, an editor and honest empty states', async () => {
    await page.goto(host.url);
    await page.locator('.cm-content').waitFor();
    await expect
      .poll(() => page.locator('[role="status"].conn').textContent())
      .toContain('Connected');
    expect(await page.locator('[role="tree"] [role="treeitem"]').count()).toBeGreaterThan(3);
    expect(await page.getByText('The build engine is not part of this build yet').isVisible()).toBe(
      true,
    );
    // The lesson deck opens on its title slide (tests/e2e/lesson.test.ts covers it).
    expect(await page.locator('#slide-pane article').getAttribute('data-slide')).toBe('title');
    await page.screenshot({ path: join(artifacts, 'app-light.png') });
  });

  it('saves an edit, and the edit survives a reload', async () => {
    await openFile(page, HEADER_PATH);
    const editor = page.locator('.cm-content');
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(`${NEW_LINE}\n`);
    await expect
      .poll(() => page.locator('.save').textContent(), { timeout: 10_000 })
      .toContain('Saved');
    const onDisk = await readFile(join(host.backend.workspace.dirs.workspace, HEADER_PATH), 'utf8');
    expect(onDisk).toContain(NEW_LINE);
    await page.reload();
    await page.locator('.cm-content').waitFor();
    await openFile(page, HEADER_PATH);
    await expect.poll(() => page.locator('.cm-content').textContent()).toContain(NEW_LINE);
    expect(await page.locator(`[data-path="${HEADER_PATH}"] .badge`).textContent()).toBe('M');
  });

  it('shows a change made by another editor in the open file', async () => {
    const file = join(host.backend.workspace.dirs.workspace, HEADER_PATH);
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace(NEW_LINE, `${NEW_LINE}\n/* added by another editor */`));
    await expect
      .poll(() => page.locator('.cm-content').textContent(), { timeout: 10_000 })
      .toContain('added by another editor');
    expect(await page.locator('.save').textContent()).toContain('Saved');
  });

  it('undoes an edit with the Undo button (and autosaves the undo)', async () => {
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('/* temporary */');
    await expect.poll(() => page.locator('.cm-content').textContent()).toContain('/* temporary */');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect
      .poll(() => page.locator('.cm-content').textContent())
      .not.toContain('/* temporary */');
    await expect
      .poll(() => page.locator('.save').textContent(), { timeout: 10_000 })
      .toContain('Saved');
    const onDisk = await readFile(join(host.backend.workspace.dirs.workspace, HEADER_PATH), 'utf8');
    expect(onDisk).not.toContain('temporary');
  });

  it('shows the diff and exports a patch that GNU patch -p1 applies to a pristine copy', async () => {
    await page.getByRole('tab', { name: /Changes/ }).click();
    const panel = page.locator('#panel-changes');
    await expect.poll(() => panel.textContent()).toContain(`+${NEW_LINE}`);
    expect(await panel.textContent()).toContain(`--- a/${HEADER_PATH}`);
    await page.screenshot({ path: join(artifacts, 'app-changes.png') });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: 'Export patch' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^syscall-lab-\d{8}-\d{4}\.patch$/);
    const patchFile = join(scratch.root, 'exported.patch');
    await download.saveAs(patchFile);
    const pristine = join(scratch.root, 'pristine-copy');
    await cp(scratch.shipped, pristine, { recursive: true });
    execFileSync('patch', ['-p1', '--batch', '-i', patchFile], { cwd: pristine, stdio: 'pipe' });
    expect(await readFile(join(pristine, HEADER_PATH), 'utf8')).toBe(
      await readFile(join(host.backend.workspace.dirs.workspace, HEADER_PATH), 'utf8'),
    );
  });

  it('rejects a malformed message on the socket, answering with a located error', async () => {
    const reply = await page.evaluate(async (token) => {
      const ws = new WebSocket(`ws://${location.host}/api?token=${token}`);
      await new Promise((r) => ws.addEventListener('open', r));
      const answer = new Promise<string>((r) =>
        ws.addEventListener('message', (e) => r(String(e.data))),
      );
      ws.send(
        JSON.stringify({
          id: 9,
          method: 'workspace.write',
          params: { path: '../../etc/passwd', text: 'x' },
        }),
      );
      const text = await answer;
      ws.close();
      return JSON.parse(text) as unknown;
    }, host.token);
    expect(reply).toMatchObject({
      id: 9,
      reply: {
        ok: false,
        error: { code: 'bad-request', location: 'workspace.write: params.path' },
      },
    });
  });

  it('refuses a page with a wrong token', async () => {
    const other = await session.context.newPage();
    await other.goto(host.url.replace(/token=.*/, 'token=wrong-token'));
    await expect
      .poll(() => other.locator('[role="status"].conn').textContent())
      .toContain('Disconnected');
    await other.close();
  });

  it('works from the keyboard: the tree opens files, F6 moves between regions', async () => {
    const active = () =>
      page.evaluate(
        () =>
          document.activeElement?.getAttribute('data-path') ?? document.activeElement?.className,
      );
    await page.locator('[role="treeitem"][data-path="Makefile"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.editor header .leaf').textContent()).toBe('Makefile');
    await page.keyboard.press('Home');
    await expect.poll(active).toBe('arch');
    await page.keyboard.press('ArrowLeft');
    expect(await page.locator('[data-path="arch"]').getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('ArrowDown');
    await expect.poll(active).toBe('include');
    await page.keyboard.press('F6');
    await expect.poll(active).toContain('cm-content');
  });

  it('lets the keyboard out of the console: F6, Tab and the app shortcuts reach the app', async () => {
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return 'body';
        if (el.closest('.xterm')) return 'console';
        if (el.closest('#slide-pane')) return 'slides';
        if (el.closest('.cm-content')) return 'editor';
        return el.id || el.tagName.toLowerCase();
      });
    // No machine engine here: the console sits under its empty state, its input still focusable.
    const intoConsole = async () => {
      await page.getByRole('tab', { name: 'Console' }).click();
      await page.locator('.xterm-helper-textarea').focus();
      await expect.poll(focused).toBe('console');
    };
    await intoConsole();
    await page.keyboard.press('F6');
    await expect.poll(focused).toBe('slides');
    await intoConsole();
    await page.keyboard.press('Shift+F6');
    await expect.poll(focused).toBe('editor');
    await intoConsole();
    await page.keyboard.press('Shift+Tab');
    await expect.poll(focused).toBe('tab-console');
    await intoConsole();
    await page.keyboard.press('Tab');
    await expect.poll(focused).not.toBe('console');
    // Ctrl+B typed in the console runs Build (here: the build panel and its honest empty state).
    await intoConsole();
    await page.keyboard.press('Control+b');
    await expect
      .poll(() => page.getByRole('tab', { name: 'Build' }).getAttribute('aria-selected'))
      .toBe('true');
  });

  it('names its controls and regions for assistive technology', async () => {
    const button = (name: string | RegExp) => page.getByRole('button', { name, exact: true });
    const named: (string | RegExp)[] = [
      'Build',
      /^(Boot|Reboot)$/,
      'Next slide',
      'Previous slide',
      'Present',
      'Projector',
      'Dark theme',
      'Zoom in',
      'Zoom out',
      'Hide slides',
      'New',
    ];
    // Polled: the previous test's Ctrl+B may leave Build reading "Building…" for a moment.
    for (const name of named)
      await expect.poll(() => button(name).count(), { message: String(name) }).toBe(1);
    // The visible shortcut is announced as a shortcut, not as part of the name.
    expect(await button('Build').getAttribute('aria-keyshortcuts')).toMatch(/^(Control|Meta)\+B$/);
    expect(await page.getByRole('button', { name: 'Projector', pressed: false }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Dark theme', pressed: false }).count()).toBe(1);
    expect(await page.getByRole('combobox', { name: 'Go to slide' }).count()).toBe(1);
    const regions: [Parameters<Page['getByRole']>[0], string][] = [
      ['region', 'Slides'],
      ['main', 'Workspace'],
      ['navigation', 'Kernel tree'],
      ['tree', 'Kernel source files'],
      ['region', 'Editor'],
      ['tablist', 'Panels'],
      ['toolbar', 'Lab actions'],
    ];
    for (const [role, name] of regions)
      expect(await page.getByRole(role, { name, exact: true }).count(), `${role} ${name}`).toBe(1);
    await page.getByRole('tab', { name: 'Console' }).click();
    expect(await page.getByRole('region', { name: 'Serial console', exact: true }).count()).toBe(1);
    const tabs = await page
      .getByRole('tablist', { name: 'Panels' })
      .getByRole('tab')
      .allInnerTexts();
    expect(tabs.map((t) => t.trim().split(/\s/)[0])).toEqual([
      'Build',
      'Console',
      'Trace',
      'Changes',
    ]);
    expect(await page.getByRole('treeitem').count()).toBeGreaterThan(3);
  });

  it('creates a new file (lesson step 1), then deletes it after confirmation', async () => {
    await page.getByRole('button', { name: 'New' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox').fill('MyPrintK/MyPrintK.c');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect.poll(() => page.locator('.editor header .leaf').textContent()).toBe('MyPrintK.c');
    await page.locator('.cm-content').click();
    await page.keyboard.type('asmlinkage long sys_MyPrintK(const char *s)\n');
    await expect
      .poll(() => page.locator('.save').textContent(), { timeout: 10_000 })
      .toContain('Saved');
    expect(await page.locator('[data-path="MyPrintK/MyPrintK.c"] .badge').textContent()).toBe('A');
    await page.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete file' }).click();
    await expect.poll(() => page.locator('[data-path="MyPrintK/MyPrintK.c"]').count()).toBe(0);
    await expect(
      readFile(join(host.backend.workspace.dirs.workspace, 'MyPrintK/MyPrintK.c')),
    ).rejects.toThrow('ENOENT');
  });

  it('offers to restore a pristine file deleted outside the app', async () => {
    const folder = page.locator('[data-path="init"]');
    if ((await folder.getAttribute('aria-expanded')) !== 'true') await folder.click();
    await unlink(join(host.backend.workspace.dirs.workspace, 'init/main.c'));
    const row = page.locator('[data-path="init/main.c"]');
    await expect.poll(() => row.getAttribute('class'), { timeout: 10_000 }).toContain('deleted');
    await row.click();
    await page.getByRole('dialog').getByRole('button', { name: 'Restore' }).click();
    await expect.poll(() => page.locator('.editor header .leaf').textContent()).toBe('main.c');
    expect(await readFile(join(host.backend.workspace.dirs.workspace, 'init/main.c'), 'utf8')).toBe(
      await readFile(join(scratch.shipped, 'init/main.c'), 'utf8'),
    );
  });

  it('resets the whole tree only after confirmation', async () => {
    const mine = join(host.backend.workspace.dirs.workspace, HEADER_PATH);
    await page.getByRole('tab', { name: /Changes/ }).click();
    const panel = page.locator('#panel-changes');
    await panel.getByRole('button', { name: 'Reset all…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
    expect(await readFile(mine, 'utf8')).toContain(NEW_LINE);
    await panel.getByRole('button', { name: 'Reset all…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Reset everything' }).click();
    await expect.poll(() => panel.textContent()).toContain('No changes against the pristine tree');
    expect(await readFile(mine, 'utf8')).toBe(
      await readFile(join(scratch.shipped, HEADER_PATH), 'utf8'),
    );
  });

  it('zooms by steps and back', async () => {
    const zoom = page.locator('.zoom-level');
    await page.keyboard.press('Control+Shift+P');
    await page.keyboard.press('Control+=');
    await page.keyboard.press('Control+=');
    await expect.poll(() => zoom.textContent()).toContain('125%');
    await page.keyboard.press('Control+0');
    await page.keyboard.press('Control+Shift+P');
    await expect.poll(() => zoom.textContent()).toContain('100%');
  });

  it('takes dark and projector screenshots with no page errors', async () => {
    await page.getByRole('tab', { name: 'Build' }).click();
    await page.keyboard.press('Control+Shift+D');
    await expect
      .poll(() => page.evaluate(() => document.documentElement.dataset.theme))
      .toBe('dark');
    await page.screenshot({ path: join(artifacts, 'app-dark.png') });
    await page.keyboard.press('Control+Shift+P');
    await expect
      .poll(() => page.evaluate(() => document.documentElement.hasAttribute('data-projector')))
      .toBe(true);
    await page.screenshot({ path: join(artifacts, 'app-projector.png') });
    await page.keyboard.press('Control+Shift+P');
    await page.keyboard.press('Control+Shift+D');
    const saved = async () =>
      JSON.parse(await readFile(join(scratch.data, 'settings.json'), 'utf8')) as unknown;
    await expect.poll(saved).toMatchObject({ theme: 'light', projector: false });
    expect(errors.filter((e) => !e.includes('WebSocket'))).toEqual([]);
  });
});
