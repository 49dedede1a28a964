// End to end with the real engines: the renderer in Debian's Chromium against the browser host
// with the build service and the machine service plugged in, on a copy of kernel/. Build (log and
// progress to the end), Boot (the shell prompt in the terminal), type `echo hi` and `uname -a`,
// then a typo in a kernel file: Build again, the diagnostic is listed and underlined in the
// editor, and clicking it puts the cursor on its line. Screenshots go to tests/.artifacts/.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LabHost } from '../../electron/host/lab-host.ts';
import { ENGINES } from '../../electron/services/engines.ts';
import type { AppSession } from '../support/app-session.ts';
import { launchApp, openFile, terminalText } from '../support/app-session.ts';
import { copyKernelTree, repoRoot } from '../support/kernel-build.ts';
import { oracleAvailable } from '../support/oracle.ts';

const artifacts = join(repoRoot, 'tests', '.artifacts');
const TYPO_FILE = 'init/main.c';
const TYPO = 'statc int typo_here;';

describe.skipIf(!oracleAvailable('chromium'))('Build, Boot and the shell in Chromium', () => {
  let root: string;
  let app: AppSession;
  let host: LabHost;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'syscall-lab-e2e-boot-'));
    copyKernelTree(join(root, 'shipped'));
    app = await launchApp({
      dataDir: join(root, 'data'),
      shippedRoot: join(root, 'shipped'),
      engines: ENGINES,
      watch: null,
    });
    ({ host, page, errors } = app);
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    if (root) await rm(root, { recursive: true, force: true });
  });

  const stageText = () => page.locator('.progress-row .stage').textContent();

  it('builds: the log streams and the progress reaches the end', async () => {
    await page.goto(host.url);
    await page.locator('.cm-content').waitFor();
    await page.getByRole('button', { name: /^Build/ }).click();
    await expect.poll(stageText, { timeout: 120_000 }).toMatch(/Built in/);
    const log = await page.getByLabel('Build log').textContent();
    expect(log).toContain('  CC      init/main.o');
    expect(log).toContain('  LD      vmlinux');
    expect(log).toContain('  CPIO    usr/initramfs.cpio');
    expect(await page.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('100');
    await page.screenshot({ path: join(artifacts, 'build-done.png') });
  }, 150_000);

  it('boots to the shell prompt and answers typed commands', async () => {
    await page.getByRole('button', { name: /^Boot/ }).click();
    await expect.poll(() => terminalText(page), { timeout: 60_000 }).toContain('Linux version');
    await expect.poll(() => terminalText(page), { timeout: 60_000 }).toContain('/root #');
    expect(await page.locator('.status-line .state').textContent()).toContain('running');
    await page.locator('.xterm').click();
    await page.keyboard.type('echo hi');
    await page.keyboard.press('Enter');
    await expect.poll(() => terminalText(page)).toMatch(/^hi$/m);
    await page.keyboard.type('uname -a');
    await page.keyboard.press('Enter');
    await expect.poll(() => terminalText(page)).toMatch(/Linux syscall-lab 2\.6\.33-lab/);
    await page.screenshot({ path: join(artifacts, 'boot-shell.png') });
  }, 90_000);

  it('underlines a typo after the next build and jumps to it from the list', async () => {
    await openFile(page, TYPO_FILE);
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(`\n${TYPO}\n`);
    await page.getByRole('button', { name: /^Build/ }).click();
    await expect.poll(stageText, { timeout: 120_000 }).toMatch(/Build failed/);
    const diag = page.locator('.diags .diag.error').first();
    await expect.poll(() => diag.locator('.loc').textContent()).toMatch(/^init\/main\.c:\d+/);
    await expect.poll(() => page.locator('.cm-lintRange-error').count()).toBeGreaterThan(0);
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+Home');
    await diag.click();
    await expect.poll(() => page.locator('.cm-activeLine').textContent()).toContain('typo_here');
    await page.screenshot({ path: join(artifacts, 'build-diagnostic.png') });
    expect(errors).toEqual([]);
  }, 150_000);
});
