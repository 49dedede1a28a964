// The learner's loop, measured where the learner lives: the real renderer in Debian's Chromium
// against the browser host with the real engines (tcc.wasm workers, our linker, the emulator in
// its worker). One round: edit init/main.c and save it (Ctrl+S until the editor says Saved),
// Build (one-file incremental, until the panel says Built), Boot (until the shell prompt shows
// in the terminal). The app has been used once before (first build and boot done), as a
// learner's would be. Peer: the same edit on a copy of the tree built with `make -j2 CC=gcc`
// (vmlinux, System.map, initramfs) and booted on QEMU to the same prompt.
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startLabHost } from '../../electron/host/lab-host.ts';
import { buildRenderer, rendererIsStale } from '../../electron/host/renderer-build.ts';
import type { MachineStatus, SerialOutput } from '../../electron/ipc/lab-api.ts';
import { ENGINES } from '../../electron/services/engines.ts';
import type { EngineContext, EngineFactories } from '../../electron/services/service-registry.ts';
import { launchBrowser } from '../support/browser.ts';
import { copyKernelTree, makeKernel, repoRoot } from '../support/kernel-build.ts';
import { runQemu } from '../support/qemu.ts';
import type { BenchTable } from './table.ts';

const ROUNDS = 3;

/// What the backend has pushed, seen from the host side: a busy page may not get to look at
/// its own DOM while a build streams its events, so the start and end of each step are taken
/// from the events and the page is then checked to show the result.
interface Seen {
  builds: number;
  boots: number;
  serialSinceBoot: string;
}

/// The real engines, with their event sinks observed into `seen`.
function observedEngines(seen: Seen): EngineFactories {
  const spy =
    (ctx: EngineContext): EngineContext['emit'] =>
    (name, payload) => {
      if (name === 'build:finished') seen.builds++;
      if (name === 'machine:status' && (payload as MachineStatus).state === 'booting') {
        seen.boots++;
        seen.serialSinceBoot = '';
      }
      if (name === 'machine:serial') seen.serialSinceBoot += (payload as SerialOutput).text;
      ctx.emit(name, payload);
    };
  const { build, machine } = ENGINES;
  if (!build || !machine) throw new Error('the build and machine engines are not plugged in');
  return {
    build: (ctx) => build({ ...ctx, emit: spy(ctx) }),
    machine: (ctx) => machine({ ...ctx, emit: spy(ctx) }),
  };
}

/// Resolves once `check()` holds (polled every 2 ms in this process).
async function hostSees(check: () => boolean): Promise<void> {
  const end = Date.now() + 120_000;
  while (!check()) {
    if (Date.now() > end) throw new Error('the backend did not get there within 120 s');
    await new Promise((r) => setTimeout(r, 2));
  }
}
const PROMPT = '/root # ';
const EDITED = 'init/main.c';

/// Milliseconds `fn` takes.
async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/// Resolves once the page shows `what` (the build panel's 'Built in', the shell prompt in the
/// terminal, the editor's 'Saved'). The app's CSP forbids string evaluation, so the probe is a
/// function; it has no local functions, which tsx would wrap in a helper the page lacks.
function pageShows(page: Page, what: 'built' | 'prompt' | 'saved'): Promise<unknown> {
  return page.waitForFunction(
    ([probe, promptText]) => {
      const sel =
        probe === 'built' ? '.progress-row .stage' : probe === 'prompt' ? '.xterm-rows' : '';
      const text = (sel ? document.querySelector(sel)?.textContent : '') ?? '';
      const save = document.querySelector('.editor header .save');
      if (probe === 'built') return text.startsWith('Built in');
      if (probe === 'prompt') return text.includes(promptText);
      return save?.classList.contains('saved') ?? false;
    },
    [what, PROMPT.trim()] as const,
    { polling: 5, timeout: 120_000 },
  );
}

/// One round in the app: save, build, boot to the prompt.
async function appRound(page: Page, seen: Seen, i: number) {
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(`\nint loop_edit_${i};`);
  const save = await timed(async () => {
    await page.keyboard.press('Control+S');
    await pageShows(page, 'saved');
  });
  const builds = seen.builds;
  const build = await timed(async () => {
    await page.getByRole('button', { name: /^Build/ }).click();
    await hostSees(() => seen.builds > builds);
    await pageShows(page, 'built');
  });
  const boots = seen.boots;
  const boot = await timed(async () => {
    await page.getByRole('button', { name: /^(Boot|Reboot)/ }).click();
    await hostSees(() => seen.boots > boots && seen.serialSinceBoot.includes(PROMPT));
    await pageShows(page, 'prompt');
  });
  return { save, build, boot };
}

/// The app's figures: medians over ROUNDS after one warm-up build and boot.
async function measureApp(root: string) {
  const seen: Seen = { builds: 0, boots: 0, serialSinceBoot: '' };
  const rendererDir = join(repoRoot, 'out', 'renderer');
  if (await rendererIsStale(repoRoot, rendererDir)) await buildRenderer(repoRoot);
  copyKernelTree(join(root, 'shipped'));
  const host = await startLabHost({
    port: 0,
    dataDir: join(root, 'data'),
    shippedRoot: join(root, 'shipped'),
    rendererDir,
    engines: observedEngines(seen),
    version: 'bench',
    watch: null,
  });
  const session = await launchBrowser();
  try {
    const page = session.page;
    await page.goto(host.url);
    await page.locator(`[role="treeitem"][data-path="init"]`).click();
    await page.locator(`[role="treeitem"][data-path="${EDITED}"]`).click();
    await appRound(page, seen, 0);
    const rounds = [];
    for (let i = 1; i <= ROUNDS; i++) rounds.push(await appRound(page, seen, i));
    return {
      save: median(rounds.map((r) => r.save)),
      build: median(rounds.map((r) => r.build)),
      boot: median(rounds.map((r) => r.boot)),
    };
  } finally {
    await session.close();
    await host.close();
  }
}

/// The peer's figures: `make -j2 CC=gcc` after the same edit, then QEMU to the prompt.
async function measurePeer(root: string) {
  const tree = copyKernelTree(join(root, 'gcc-tree'));
  const all = ['vmlinux', 'System.map', 'usr/initramfs.cpio'];
  if (!(await makeKernel(tree, all)).ok) throw new Error('make -j2 CC=gcc failed on the tree');
  const builds: number[] = [];
  const boots: number[] = [];
  for (let i = 1; i <= ROUNDS; i++) {
    appendFileSync(join(tree, EDITED), `\nint loop_edit_${i};\n`);
    builds.push(await timed(() => makeKernel(tree, all)));
    boots.push(await qemuToPrompt(tree));
  }
  return { build: median(builds), boot: median(boots) };
}

/// Milliseconds from starting QEMU to the shell prompt on its serial port.
async function qemuToPrompt(tree: string): Promise<number> {
  let at = NaN;
  const t0 = performance.now();
  await runQemu(
    {
      kernel: join(tree, 'vmlinux'),
      initrd: join(tree, 'usr/initramfs.cpio'),
      append: 'console=ttyS0',
      memoryMiB: 64,
      timeoutMs: 30_000,
    },
    (child) => {
      let text = '';
      const onData = (b: Buffer) => {
        text += b.toString('latin1');
        if (!Number.isNaN(at) || !text.includes(PROMPT)) return;
        at = performance.now() - t0;
        child.kill('SIGKILL');
      };
      child.stdout?.on('data', onData);
      return () => child.stdout?.off('data', onData);
    },
  );
  if (Number.isNaN(at)) throw new Error('QEMU did not reach the shell prompt');
  return at;
}

/// The loop, ours in the app vs GCC + QEMU, in one run.
export async function bench(): Promise<BenchTable> {
  const root = mkdtempSync(join(tmpdir(), 'syscall-lab-loop-'));
  try {
    const app = await measureApp(root);
    const peer = await measurePeer(root);
    const peerName = 'make -j2 CC=gcc + QEMU';
    return {
      title: "The learner's loop: save init/main.c -> build -> boot -> shell prompt (browser host)",
      rows: [
        { metric: 'save (Ctrl+S to Saved)', unit: 'ms', ours: app.save, peers: {} },
        {
          metric: 'incremental build',
          unit: 'ms',
          ours: app.build,
          peers: { [peerName]: peer.build },
        },
        {
          metric: 'boot to shell prompt',
          unit: 'ms',
          ours: app.boot,
          peers: { [peerName]: peer.boot },
        },
        {
          metric: 'whole loop',
          unit: 'ms',
          ours: app.save + app.build + app.boot,
          peers: { [peerName]: peer.build + peer.boot },
        },
      ],
      notes: [
        `medians of ${ROUNDS} rounds after one warm-up; ours measured in Chromium through the UI`,
        'the peer has no UI and no save step: its figures are make and QEMU alone',
      ],
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
