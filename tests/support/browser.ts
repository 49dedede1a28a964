// Playwright helpers for the end-to-end tests: Debian's Chromium, headless, with a fresh profile
// and every background service that would reach for the network turned off (the test machines
// have no network; without these flags Chromium floods it with refused connections).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/// Debian's Chromium, the UI oracle.
export const CHROMIUM_PATH = '/usr/bin/chromium';

/// Flags for a quiet, offline, headless Chromium that runs as root in CI.
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-default-apps',
  '--disable-extensions',
];

/// A browser with one page, and how to close both (and remove the profile).
export interface BrowserSession {
  readonly context: BrowserContext;
  readonly page: Page;
  close(): Promise<void>;
}

/// Launches Chromium with a fresh profile folder; downloads are accepted (patch export).
export async function launchBrowser(
  viewport = { width: 1440, height: 900 },
): Promise<BrowserSession> {
  const profile = await mkdtemp(join(tmpdir(), 'syscall-lab-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport,
    acceptDownloads: true,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/// Collects the page's console errors and uncaught exceptions (a test can assert there are none).
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  return errors;
}
