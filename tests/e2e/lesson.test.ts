// The lesson end to end, in Debian's Chromium against the browser host with the real build and
// machine engines: a learner completes the whole lab only through the UI (slides, New file,
// typing in CodeMirror, Build, Boot, typing at the guest's shell), every step's check turns done,
// and the progress survives a reload. Then the classic mistakes, each with its real symptom and
// the check's explanation: no core-y, no table entry (via Reset step), no NR_syscalls bump.
// Screenshots of the main views go to tests/.artifacts/.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserSession } from '../support/browser.ts';
import { collectPageErrors, launchBrowser } from '../support/browser.ts';
import { oracleAvailable } from '../support/oracle.ts';
import { artifacts, Learner, startLessonHost } from './lesson-support.ts';

const SOURCE = `#include <linux/linkage.h>
#include <linux/kernel.h>

asmlinkage long sys_MyPrintK(const char *s)
{
printk("%s\\n", s);
return 0;
}
`;
const WRAPPER = `#include <linux/unistd.h>
#define __NR_MyPrintK 338
long MyPrintK(const char *s)
{
return syscall(__NR_MyPrintK, s);
}
`;
const DRIVER = `#include <stdio.h>
#include <string.h>
#include <errno.h>
#include "mykernelprint.h"
int main(int argc, char **argv)
{
long r = MyPrintK(argv[1]);
if (r < 0) printf("MyPrintK failed: %s\\n", strerror(errno));
else printf("MyPrintK returned %ld\\n", r);
return 0;
}
`;
const BUILD_TIMEOUT = 240_000;

describe.skipIf(!oracleAvailable('chromium'))('the lesson, as a learner does it', () => {
  let lesson: Awaited<ReturnType<typeof startLessonHost>>;
  let session: BrowserSession;
  let page: Page;
  let me: Learner;
  let errors: string[];

  beforeAll(async () => {
    lesson = await startLessonHost();
    session = await launchBrowser({ width: 1280, height: 720 });
    page = session.page;
    me = new Learner(page);
    errors = collectPageErrors(page);
    await mkdir(artifacts, { recursive: true });
  }, 180_000);

  afterAll(async () => {
    await session?.close();
    await lesson?.dispose();
  });

  const shot = (name: string) => page.screenshot({ path: join(artifacts, `lesson-${name}.png`) });

  /// Build from the step's button and wait for the outcome.
  async function build(): Promise<void> {
    await me.goToSlide('step-build');
    await me.checkButton('Build now').click();
    await expect
      .poll(() => page.locator('.progress-row .stage').textContent(), { timeout: BUILD_TIMEOUT })
      .toMatch(/Built in|Build failed/);
  }

  /// Build with Ctrl+B typed inside the console: the app's shortcuts are never the guest's keys.
  async function buildFromConsole(): Promise<void> {
    await me.goToSlide('step-build');
    await page.getByRole('tab', { name: 'Console' }).click();
    await page.locator('.xterm').click();
    await page.keyboard.press('Control+b');
    await expect
      .poll(() => page.locator('.progress-row .stage').textContent(), { timeout: BUILD_TIMEOUT })
      .toMatch(/Built in|Build failed/);
  }

  /// Boot from the step's button and wait for the shell prompt.
  async function boot(): Promise<void> {
    await me.goToSlide('step-boot');
    await me.checkButton('Boot now').click();
    await expect.poll(() => me.terminal(), { timeout: 90_000 }).toMatch(/\/root #/);
  }

  it('opens on the deck; presenter keys move and blank; the big picture reads', async () => {
    await page.goto(lesson.host.url);
    await page.locator('.cm-content').waitFor();
    expect(await me.slide()).toBe('title');
    await page.locator('body').click({ position: { x: 5, y: 700 } });
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('PageDown');
    expect(await me.slide()).toBe('big-picture');
    await page.keyboard.press('b');
    expect(await page.locator('button.blank').isVisible()).toBe(true);
    await page.keyboard.press('b');
    expect(await page.locator('button.blank').count()).toBe(0);
    await expect
      .poll(() => page.locator('#slide-pane svg text').allTextContents(), { timeout: 10_000 })
      .toContain('table[338]');
    await shot('big-picture');
    // Arrows typed in the editor stay in the editor.
    await page.locator('.cm-content').click();
    await page.keyboard.press('ArrowRight');
    expect(await me.slide()).toBe('big-picture');
  });

  it('steps 1-6: files created and edited by typing; each check turns done', async () => {
    await me.goToSlide('step-source');
    await me.waitCheck('todo', 'Create MyPrintK/MyPrintK.c');
    await me.newFile('MyPrintK/MyPrintK.c');
    await me.typeAtEnd(SOURCE);
    await me.waitCheck('done', 'sys_MyPrintK is written');
    await shot('step-done');

    await me.goToSlide('step-makefile');
    await me.newFile('MyPrintK/Makefile');
    await me.typeAtEnd('obj-y := MyPrintK.o\n');
    await me.waitCheck('todo', 'core-y += MyPrintK/');
    await me.openSite('Makefile');
    await page.keyboard.press('End');
    await page.keyboard.type('\ncore-y += MyPrintK/');
    await me.waitCheck('done');

    await me.goToSlide('step-table');
    await me.waitCheck('todo', 'The table has 338 entries');
    await me.openSite('syscall_table_32.S');
    await page.keyboard.press('End');
    await page.keyboard.type('\n.long sys_MyPrintK');
    await me.waitCheck('done', 'Entry 338 is sys_MyPrintK');

    await me.goToSlide('step-prototype');
    await me.openSite('syscalls.h');
    await page.keyboard.press('Home');
    await page.keyboard.type('asmlinkage long sys_MyPrintK(const char __user *s);\n');
    await me.waitCheck('done');

    await me.goToSlide('step-unistd');
    await me.openSite('unistd_32.h');
    await page.keyboard.press('End');
    await page.keyboard.type('\n#define __NR_MyPrintK 338');
    await me.waitCheck('todo', /NR_syscalls is 338; make it 339/);
    await shot('step-todo');
    await me.openSite('unistd_32.h');
    await page.keyboard.press('End');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Backspace');
    await page.keyboard.type('339');
    await me.waitCheck('done');

    await me.goToSlide('step-user');
    await me.newFile('usr/lab/mykernelprint.h');
    await me.typeAtEnd(WRAPPER);
    await me.newFile('usr/lab/mykernelprint.c');
    await me.typeAtEnd(DRIVER);
    await me.waitCheck('todo', 'progs-y += usr/lab/mykernelprint');
    await me.openSite('Makefile');
    await page.keyboard.press('Home');
    await page.keyboard.press('Delete');
    await page.keyboard.press('Delete');
    await me.waitCheck('todo', 'usr/initramfs_list');
    await me.openSite('initramfs_list');
    await page.keyboard.press('Home');
    await page.keyboard.press('Delete');
    await page.keyboard.press('Delete');
    await me.waitCheck('done', '/root/mykernelprint');
  });

  it('steps 7-10: build, boot, ./mykernelprint hello, dmesg, the tracer', async () => {
    await buildFromConsole();
    await me.waitCheck('done', /Built in/);
    await boot();
    await me.waitCheck('done');
    await me.goToSlide('step-run');
    await me.waitCheck('todo', './mykernelprint hello');
    await me.checkButton('Open the console').click();
    await me.shell('./mykernelprint hello', /MyPrintK returned 0/);
    await me.waitCheck('todo', 'Now type dmesg');
    await me.shell('dmesg', /^(<\d>)?hello$/m);
    await me.waitCheck('done', '"hello" is in the kernel log');
    await shot('run-done');

    await me.goToSlide('step-trace');
    await me.waitCheck('todo', 'echo 338 > /proc/syscall_trace');
    await me.shell('echo 338 > /proc/syscall_trace', /syscall_trace/);
    await me.shell('./mykernelprint again', /(sys_MyPrintK|syscall 338) -> 0x0/);
    await me.waitCheck('done', 'The kernel traced the call');
    // F6 takes the keyboard out of the console, to the slides.
    await page.keyboard.press('F6');
    await expect
      .poll(() => page.evaluate(() => !!document.activeElement?.closest('#slide-pane')))
      .toBe(true);
  }, 400_000);

  it('keeps the progress and the slide across a reload', async () => {
    const meter = page.locator('#slide-pane .meter');
    await expect
      .poll(() => meter.getAttribute('aria-label'), { timeout: 10_000 })
      .toBe('10 of 10 lab steps done');
    await page.waitForTimeout(600); // the progress save is a settings update in flight
    await page.reload();
    await page.locator('.cm-content').waitFor();
    await expect.poll(() => me.slide(), { timeout: 10_000 }).toBe('step-trace');
    await expect
      .poll(() => meter.getAttribute('aria-label'), { timeout: 10_000 })
      .toBe('10 of 10 lab steps done');
    expect((await me.check()).hint).toContain('earlier session');
  });

  it('no core-y: the linker’s undefined reference, explained', async () => {
    await me.goToSlide('step-makefile');
    await me.openSite('Makefile');
    await page.keyboard.press('Home');
    await page.keyboard.press('Shift+End');
    await page.keyboard.press('Backspace');
    await me.waitCheck('todo', 'core-y += MyPrintK/');
    await build();
    await me.waitCheck('todo', /undefined reference to sys_MyPrintK/);
    expect(await page.getByLabel('Build log').textContent()).toMatch(
      /undefined reference to .sys_MyPrintK/,
    );
    await shot('mistake-core-y');
    await me.goToSlide('step-makefile');
    await me.waitCheck('todo', /The last build failed with "undefined reference/);
    await me.checkButton('Show me').click();
    await me.waitCheck('done');
    // Show me is an ordinary edit: Undo takes it back, Redo puts it in again.
    expect(await page.locator('.editor header .leaf').textContent()).toBe('Makefile');
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+z');
    await me.waitCheck('todo', 'core-y += MyPrintK/');
    await page.keyboard.press('Control+Shift+z');
    await me.waitCheck('done');
  }, 300_000);

  it('no table entry (Reset step): the call returns ENOSYS, explained', async () => {
    await me.goToSlide('step-table');
    await me.checkButton('Reset step').click();
    await page.getByRole('dialog').getByRole('button', { name: 'Reset step' }).click();
    await me.waitCheck('todo', 'The table has 338 entries');
    await build();
    await boot();
    await me.shell('./mykernelprint hello', /MyPrintK failed: Function not implemented/);
    await me.goToSlide('step-run');
    const hint = await me.waitCheck('todo', 'returned ENOSYS');
    expect(hint).toContain('syscall_table_32.S has 338 entries');
    expect(hint).toContain('rejects any number at or above the table');
    await shot('mistake-enosys');
    await me.goToSlide('step-table');
    await me.checkButton('Show me').click();
    await me.waitCheck('done');
  }, 400_000);

  it('no NR_syscalls bump: the call works, the tracer skips 338, explained', async () => {
    await me.goToSlide('step-unistd');
    await me.checkButton('Reset step').click();
    await page.getByRole('dialog').getByRole('button', { name: 'Reset step' }).click();
    await me.waitCheck('todo', '#define __NR_MyPrintK 338');
    // Put the number back by hand, leaving NR_syscalls at 338.
    await me.openSite('unistd_32.h');
    await page.keyboard.press('End');
    await page.keyboard.type('\n#define __NR_MyPrintK 338');
    await me.waitCheck('todo', /tracer .* never see 338/);
    await build();
    await boot();
    await me.shell('./mykernelprint hello', /MyPrintK returned 0/);
    await me.shell('echo 338 > /proc/syscall_trace', /338 is not below NR_syscalls \(338\)/);
    await me.goToSlide('step-trace');
    await me.waitCheck('todo', /tracer refused 338: NR_syscalls is still 338/);
    await me.goToSlide('nr-truth');
    await expect
      .poll(() => page.locator('#slide-pane svg').textContent(), { timeout: 10_000 })
      .toContain('Call 338 works, but the tracer has no slot for it.');
    await shot('nr-truth');
    expect(errors).toEqual([]);
  }, 400_000);

  it('projector mode and the dark theme, at 1280x720', async () => {
    await me.goToSlide('step-table');
    await page.keyboard.press('Control+Shift+P');
    await expect
      .poll(() => page.evaluate(() => document.documentElement.hasAttribute('data-projector')), {
        timeout: 10_000,
      })
      .toBe(true);
    // The editor's header keeps the open file's name whole in projector type.
    await me.openSite('syscall_table_32.S');
    const leaf = page.locator('.editor header .leaf');
    expect(await leaf.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    await shot('projector-light');
    await page.keyboard.press('Control+Shift+D');
    await shot('projector-dark');
    // Present: the slide fills the window, for the back row.
    await page.locator('body').click({ position: { x: 5, y: 715 } });
    await page.keyboard.press('f');
    await expect
      .poll(() => page.locator('#slide-pane.presenting').count(), { timeout: 10_000 })
      .toBe(1);
    await shot('present-dark');
    await page.keyboard.press('Control+Shift+D');
    await me.goToSlide('big-picture');
    await shot('present-light');
    // Every slide fits the window, or says there is more below.
    const ids = await page
      .locator('#slide-pane option')
      .evaluateAll((os) => os.map((o) => o.getAttribute('data-slide') ?? ''));
    const fitsOrSaysMore = () =>
      page.evaluate(() => {
        const deck = document.querySelector<HTMLElement>('#slide-pane .deck');
        if (!deck) return 'no deck';
        if (deck.scrollHeight <= deck.clientHeight + 8) return 'fits';
        return document.querySelector('#slide-pane .more') ? 'says more' : 'clipped';
      });
    for (const id of ids) {
      await me.goToSlide(id);
      await expect.poll(fitsOrSaysMore, { message: id }).toMatch(/^(fits|says more)$/);
    }
    // On a long slide the presenter keys show the rest before moving on.
    await me.goToSlide('then-now');
    await expect.poll(fitsOrSaysMore).toBe('says more');
    await shot('present-more');
    await page.keyboard.press('PageDown');
    expect(await me.slide()).toBe('then-now');
    expect(await page.locator('#slide-pane .deck').evaluate((d) => d.scrollTop)).toBeGreaterThan(0);
    for (let i = 0; i < 5 && (await me.slide()) === 'then-now'; i++)
      await page.keyboard.press('PageDown');
    expect(await me.slide()).toBe('handler');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Shift+D');
    await page.keyboard.press('Control+Shift+P');
    await shot('dark');
    await page.keyboard.press('Control+Shift+D');
  });
});
