// Toolchain bench: the whole kernel tree (kernel/, kernel and userland) built in-app — tcc.wasm on
// worker threads, our linker, the runner — against `make -j2 CC=gcc` on an identical copy of the
// tree, in the same run. Full build (as the app does it, workers already started, and as a cold
// command line), then one-file incremental builds (init/main.c edited) with the warm runner;
// per-stage times of ours. Targets (issue 4): full build at most 1/5 of GCC's time, one-file
// incremental under 100 ms.
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeBuildFs } from '../../build/kbuild/node-build-fs.ts';
import { createNodeRunner, createNodeToolchain } from '../../build/kbuild/node-toolchain.ts';
import { KbuildRunner } from '../../build/kbuild/runner.ts';
import type { BuildResult } from '../../build/kbuild/runner.ts';
import type { BenchRow, BenchTable } from './table.ts';

const KERNEL = fileURLToPath(new URL('../../kernel', import.meta.url));
const EDITED = 'init/main.c';
const INCREMENTAL_RUNS = 5;
const GCC = 'make -j2 CC=gcc';

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
  if (r.ok) return r;
  const why = r.diagnostics.map((d) => `${d.file}:${d.line}: ${d.message}`).join('; ');
  throw new Error(`in-app build failed: ${why}`);
}

/// The app: its compiler is warm (worker threads started, tcc.wasm compiled and optimised by V8
/// during an earlier build, here of the same tree into another directory), then a full build
/// into a fresh output directory and one-file rebuilds with that runner.
async function oursWarm(base: string): Promise<{ full: BuildResult; incr: BuildResult[] }> {
  const tree = copyTree(base, 'ours');
  const { toolchain, family } = await createNodeToolchain({ tree, out: '', jobs: 2 });
  const fs = nodeBuildFs();
  const runnerInto = (out: string) =>
    new KbuildRunner({
      fs,
      tree,
      out: join(base, out),
      toolchain,
      family,
      makeVariables: { CC: family },
    });
  try {
    checked(await runnerInto('warmup.build').build());
    const runner = runnerInto('ours.build');
    const full = checked(await runner.build());
    const incr: BuildResult[] = [];
    for (let i = 0; i < INCREMENTAL_RUNS; i++) {
      edit(tree, i);
      incr.push(checked(await runner.build()));
    }
    return { full, incr };
  } finally {
    await toolchain.compiler.close();
  }
}

/// A cold command-line build (`syscall-lab build -j2`): the workers start during the build.
async function oursCold(base: string): Promise<BuildResult> {
  const tree = copyTree(base, 'cold');
  const runner = await createNodeRunner({ tree, out: join(base, 'cold.build'), jobs: 2 });
  try {
    return checked(await runner.build());
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

function stageRows(
  prefix: string,
  r: BuildResult,
  stages: (keyof BuildResult['stages'])[],
): BenchRow[] {
  return stages.map((s) => ({
    metric: `${prefix}: ${s} stage`,
    unit: 'ms',
    ours: r.stages[s],
    peers: {},
  }));
}

/// Runs the comparison and reports it as a table.
export async function bench(): Promise<BenchTable> {
  const base = mkdtempSync(join(tmpdir(), 'build-bench-'));
  try {
    const peer = gcc(base);
    const mine = await oursWarm(base);
    const cold = await oursCold(base);
    const incr = median(mine.incr.map((r) => r.ms));
    const mid = mine.incr[Math.floor(INCREMENTAL_RUNS / 2)];
    const rows: BenchRow[] = [
      {
        metric: 'full build, warm app',
        unit: 'ms',
        ours: mine.full.ms,
        peers: { [GCC]: peer.full },
      },
      { metric: 'full build, cold CLI', unit: 'ms', ours: cold.ms, peers: { [GCC]: peer.full } },
      {
        metric: 'one-file incremental, warm',
        unit: 'ms',
        ours: incr,
        peers: { [GCC]: median(peer.incr) },
      },
      ...stageRows('full', mine.full, ['compile', 'link', 'usr', 'cpio']),
      ...stageRows('incremental', mid, ['plan', 'compile', 'link', 'usr', 'cpio']),
    ];
    return {
      title: `toolchain: kernel tree, in-app (tcc.wasm -j2 + our ld) vs ${GCC}`,
      rows,
      notes: [
        `targets: full <= 0.2 x gcc (warm ${(mine.full.ms / peer.full).toFixed(2)}, cold ${(cold.ms / peer.full).toFixed(2)}), incremental < 100 ms (${incr.toFixed(1)} ms)`,
        `incremental = median of ${INCREMENTAL_RUNS} edits of ${EDITED}; ours rebuilt: ${mid.rebuilt.join(' ')}`,
        'warm app: tcc workers started and tcc.wasm optimised by an earlier build of the tree into another directory; cold CLI: a fresh process; usr = libc.a + programs',
      ],
    };
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
}
