// What the lesson's end-to-end tests do as a learner: move through slides, read a step's check,
// create files and type in the editor, type at the guest's shell. Everything goes through the
// page (clicks and keys), never through the API.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { LabHost } from '../../electron/host/lab-host.ts';
import { startLabHost } from '../../electron/host/lab-host.ts';
import { buildRenderer, rendererIsStale } from '../../electron/host/renderer-build.ts';
import { ENGINES } from '../../electron/services/engines.ts';
import { copyKernelTree, repoRoot } from '../support/kernel-build.ts';

/// Where the screenshots go.
export const artifacts = join(repoRoot, 'tests', '.artifacts');

/// A browser host with the real engines over a fresh copy of kernel/.
export async function startLessonHost(): Promise<{ host: LabHost; dispose(): Promise<void> }> {
  const rendererDir = join(repoRoot, 'out', 'renderer');
  if (await rendererIsStale(repoRoot, rendererDir)) await buildRenderer(repoRoot);
  const root = await mkdtemp(join(tmpdir(), 'syscall-lab-e2e-lesson-'));
  copyKernelTree(join(root, 'shipped'));
  const host = await startLabHost({
    port: 0,
    dataDir: join(root, 'data'),
    shippedRoot: join(root, 'shipped'),
    rendererDir,
    engines: ENGINES,
    version: 'e2e',
    watch: null,
  });
  return {
    host,
    dispose: async () => {
      await host.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}

/// The learner at the page.
export class Learner {
  constructor(readonly page: Page) {}

  /// The id of the slide on screen.
  slide(): Promise<string | null> {
    return this.page.locator('#slide-pane article').getAttribute('data-slide');
  }

  /// Clicks Next or Previous, as a learner would, until slide `id` is on screen.
  async goToSlide(id: string): Promise<void> {
    const options = this.page.locator('#slide-pane option');
    const ids = await options.evaluateAll((os) => os.map((o) => o.getAttribute('data-slide')));
    const target = ids.indexOf(id);
    expect(target, `no slide ${id}`).toBeGreaterThanOrEqual(0);
    for (let i = 0; i < 40; i++) {
      const at = ids.indexOf(await this.slide());
      if (at === target) return;
      const name = at < target ? 'Next slide' : 'Previous slide';
      await this.page.getByRole('button', { name }).click();
    }
    expect(await this.slide()).toBe(id);
  }

  /// The step check's state ('done', 'todo', 'pending') and its hint.
  async check(): Promise<{ state: string; hint: string }> {
    const box = this.page.locator('.check-bar .check');
    return {
      state: (await box.getAttribute('data-state')) ?? '',
      hint: (await box.locator('.hint').textContent()) ?? '',
    };
  }

  /// Waits until the step check reads `state` (and its hint matches `hint`), returning the hint.
  async waitCheck(
    state: 'done' | 'todo',
    hint: string | RegExp = '',
    timeout = 15_000,
  ): Promise<string> {
    const matches = (h: string) => (typeof hint === 'string' ? h.includes(hint) : hint.test(h));
    await expect
      .poll(
        async () => {
          const c = await this.check();
          return c.state === state && matches(c.hint) ? 'ok' : `${c.state}: ${c.hint}`;
        },
        { timeout },
      )
      .toBe('ok');
    return (await this.check()).hint;
  }

  /// A button of the step check.
  checkButton(name: string | RegExp) {
    return this.page.locator('.check-bar').getByRole('button', { name });
  }

  /// New file in the tree, by typing its path in the dialog.
  async newFile(path: string): Promise<void> {
    await this.page.locator('.files').getByRole('button', { name: /New/ }).click();
    const input = this.page.locator('dialog[open] input');
    await input.waitFor();
    await expect
      .poll(() => input.evaluate((el) => el === document.activeElement), { timeout: 10_000 })
      .toBe(true);
    await this.page.keyboard.press('Control+A');
    await this.page.keyboard.type(path);
    await this.page.keyboard.press('Enter');
    await this.shotOnFailure(() =>
      expect
        .poll(() => this.page.locator('.editor header .leaf').textContent(), { timeout: 10_000 })
        .toBe(path.split('/').at(-1)),
    );
  }

  /// Types `text` at the end of the open file.
  async typeAtEnd(text: string): Promise<void> {
    await this.page.locator('.cm-content').click();
    await this.page.keyboard.press('Control+End');
    await this.page.keyboard.type(text);
  }

  /// Opens the check's hint site (the editor lands on its line, focused).
  async openSite(file: string): Promise<void> {
    await this.checkButton(new RegExp(`^Open ${file.replace('.', '\\.')}`)).click();
    await expect
      .poll(() => this.page.locator('.editor header .leaf').textContent(), { timeout: 10_000 })
      .toBe(file);
    await expect
      .poll(
        () => this.page.evaluate(() => document.activeElement?.classList.contains('cm-content')),
        { timeout: 10_000 },
      )
      .toBe(true);
  }

  /// Runs `check`; when it fails, saves a screenshot (lesson-failure.png) before rethrowing.
  async shotOnFailure(check: () => Promise<unknown>): Promise<void> {
    try {
      await check();
    } catch (err) {
      await this.page.screenshot({ path: join(artifacts, 'lesson-failure.png') });
      throw err;
    }
  }

  /// What the console shows.
  terminal(): Promise<string> {
    return this.page.locator('.xterm-rows').innerText();
  }

  /// Types a command at the guest's shell, waits for `expectText` and then for the prompt.
  async shell(command: string, expectText: RegExp): Promise<void> {
    await this.page.getByRole('tab', { name: 'Console' }).click();
    await this.page.locator('.xterm').click();
    await this.page.keyboard.type(command);
    await this.page.keyboard.press('Enter');
    try {
      await expect.poll(() => this.terminal(), { timeout: 30_000 }).toMatch(expectText);
    } catch (err) {
      await this.page.screenshot({ path: join(artifacts, 'lesson-failure.png') });
      throw err;
    }
    const lastLine = async () => (await this.terminal()).trimEnd().split('\n').at(-1) ?? '';
    await expect.poll(lastLine, { timeout: 30_000 }).toMatch(/# ?$/);
  }
}
