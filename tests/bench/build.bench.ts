// Toolchain bench: the whole kernel tree (kernel/, kernel and userland) built in-app — tcc.wasm on
// worker threads, our linker, the runner — against `make -j2 CC=gcc` on an identical copy of the
// tree, in the same run. Full build, then one-file incremental builds (init/main.c edited) with a
// warm runner, as the app keeps one; per-stage times of ours. Targets (issue 4): full build at
// most 1/5 of GCC's time, one-file incremental under 100 ms.
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createNodeRunner } from '../../build/kbuild/node-toolchain.ts';
import type { BuildResult } from '../../build/kbuild/runner.ts';
import type { BenchRow, BenchTable } from './table.ts';

const KERNEL = fileURLToPath(new URL('../../kernel', import.meta.url));
const EDITED = 'init/main.c';
const INCREMENTAL_RUNS = 5;

function copyTree(base: string, name: string): string {
  const dir = join(base, name);
  cpSync(KERNEL, dir, { recursive: true });
  return dir;
}

function timeMs(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/// An edit that changes code (so objects really differ and the links really run).
function edit(tree: string, i: number): void {
  appendFileSync(join(tree, EDITED), `\nint bench_edit_${i};\n`);
}

function checked(r: BuildResult): BuildResult {
  if (!r.ok)
    throw new Error(
      `in-app build failed: ${r.diagnostics.map((d) => `${d.file}:${d.line}: ${d.message}`).join('; ')}`,
    );
  return r;
}

async function ours(base: string): Promise<{ full: BuildResult; incr: BuildResult[] }> {
  const tree = copyTree(base, 'ours');
  const runner = await createNodeRunner({
    tree,
    out: join(base, 'ours.build'),
    cc: 'builtin',
    jobs: 2,
  });
  try {
    const full = checked(await runner.build());
    const incr: BuildResult[] = [];
    for (let i = 0; i < INCREMENTAL_RUNS; i++) {
      edit(tree, i);
      incr.push(checked(await runner.build()));
    }
    return { full, incr };
  } finally {
    await runner.close();
  }
}

function gcc(base: string): { full: number; incr: number[] } {
  const tree = copyTree(base, 'gcc');
  const make = () => execFileSync('make', ['-C', tree, '-j2', 'CC=gcc'], { stdio: 'ignore' });
  const full = timeMs(make);
  const incr: number[] = [];
  for (let i = 0; i < INCREMENTAL_RUNS; i++) {
    edit(tree, i);
    incr.push(timeMs(make));
  }
  return { full, incr };
}

/// Runs the comparison and reports it as a table.
export async function bench(): Promise<BenchTable> {
  const base = mkdtempSync(join(tmpdir(), 'build-bench-'));
  try {
    const peer = gcc(base);
    const mine = await ours(base);
    const incr = median(mine.incr.map((r) => r.ms));
    const stage = (r: BuildResult, s: keyof BuildResult['stages']) => r.stages[s];
    const mid = mine.incr[Math.floor(INCREMENTAL_RUNS / 2)];
    const rows: BenchRow[] = [
      {
        metric: 'full build (kernel + usr + cpio)',
        unit: 'ms',
        ours: mine.full.ms,
        peers: { 'make -j2 CC=gcc': peer.full },
      },
      {
        metric: 'one-file incremental (warm)',
        unit: 'ms',
        ours: incr,
        peers: { 'make -j2 CC=gcc': median(peer.incr) },
      },
      { metric: 'full: compile stage', unit: 'ms', ours: stage(mine.full, 'compile'), peers: {} },
      {
        metric: 'full: link stage (built-in.o, vmlinux)',
        unit: 'ms',
        ours: stage(mine.full, 'link'),
        peers: {},
      },
      {
        metric: 'full: usr stage (libc.a, programs)',
        unit: 'ms',
        ours: stage(mine.full, 'usr'),
        peers: {},
      },
      { metric: 'full: cpio stage', unit: 'ms', ours: stage(mine.full, 'cpio'), peers: {} },
      {
        metric: 'incremental: plan (Makefiles, stat)',
        unit: 'ms',
        ours: stage(mid, 'plan'),
        peers: {},
      },
      { metric: 'incremental: compile', unit: 'ms', ours: stage(mid, 'compile'), peers: {} },
      { metric: 'incremental: link', unit: 'ms', ours: stage(mid, 'link'), peers: {} },
      {
        metric: 'incremental: usr + cpio checks',
        unit: 'ms',
        ours: stage(mid, 'usr') + stage(mid, 'cpio'),
        peers: {},
      },
    ];
    return {
      title: 'toolchain: kernel tree build, in-app (tcc.wasm -j2 + our ld) vs make -j2 CC=gcc',
      rows,
      notes: [
        `targets: full <= 0.2 x gcc (now ${(mine.full.ms / peer.full).toFixed(2)}), incremental < 100 ms (now ${incr.toFixed(1)} ms)`,
        `incremental = median of ${INCREMENTAL_RUNS} edits of ${EDITED}; ours rebuilt: ${mid.rebuilt.join(' ')}`,
        'full build includes starting the compile workers (a warm app starts them once)',
      ],
    };
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
}
