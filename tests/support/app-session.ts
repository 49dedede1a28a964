// The app as the end-to-end tests drive it: the renderer (rebuilt when stale) served by a browser
// host on a free port, with Chromium on it (tests/support/browser.ts). Each test file picks the
// workspace folders, the engines and the window size; the launch and the teardown are the same.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { HostConfig, LabHost } from '../../electron/host/lab-host.ts';
import { startLabHost } from '../../electron/host/lab-host.ts';
import { buildRenderer, rendererIsStale } from '../../electron/host/renderer-build.ts';
import type { BrowserSession } from './browser.ts';
import { collectPageErrors, launchBrowser } from './browser.ts';
import { artifactsDir, repoRoot } from './kernel-build.ts';

/// What differs between the e2e files: the host's folders, engines and watcher, and the viewport.
export type AppOptions = Pick<HostConfig, 'dataDir' | 'shippedRoot' | 'engines' | 'watch'> & {
  readonly viewport?: { width: number; height: number };
};

/// A running host with Chromium on its page; `close()` ends both (the caller removes its folders).
export interface AppSession {
  readonly host: LabHost;
  readonly browser: BrowserSession;
  readonly page: Page;
  /// The page's console errors and uncaught exceptions, collected from the launch on.
  readonly errors: string[];
  close(): Promise<void>;
}

/// Builds the renderer if stale, starts the host and Chromium, and makes tests/.artifacts/ for
/// screenshots. The page is not yet on the host's URL: tests go there themselves.
export async function launchApp(options: AppOptions): Promise<AppSession> {
  const rendererDir = join(repoRoot, 'out', 'renderer');
  if (await rendererIsStale(repoRoot, rendererDir)) await buildRenderer(repoRoot);
  const host = await startLabHost({
    port: 0,
    dataDir: options.dataDir,
    shippedRoot: options.shippedRoot,
    rendererDir,
    engines: options.engines,
    version: 'e2e',
    watch: options.watch,
  });
  let browser: BrowserSession;
  try {
    browser = await launchBrowser(options.viewport);
  } catch (err) {
    await host.close();
    throw err;
  }
  const errors = collectPageErrors(browser.page);
  await mkdir(artifactsDir, { recursive: true });
  const close = async () => {
    await browser.close();
    await host.close();
  };
  return { host, browser, page: browser.page, errors, close };
}

/// Opens `path` from the file tree, expanding its folders, and waits for the editor to show it.
export async function openFile(page: Page, path: string): Promise<void> {
  const parts = path.split('/');
  for (let i = 1; i < parts.length; i++) {
    const folder = page.locator(`[role="treeitem"][data-path="${parts.slice(0, i).join('/')}"]`);
    if ((await folder.getAttribute('aria-expanded')) !== 'true') await folder.click();
  }
  await page.locator(`[role="treeitem"][data-path="${path}"]`).click();
  await expect.poll(() => page.locator('.editor header .leaf').textContent()).toBe(parts.at(-1));
}

/// The text xterm shows (its DOM renderer's rows).
export const terminalText = (page: Page): Promise<string> =>
  page.locator('.xterm-rows').innerText();
