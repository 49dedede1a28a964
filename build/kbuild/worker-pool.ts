/// The Node worker-thread pool behind `syscall-lab build -j N`: N workers, each with its own warm
/// tcc.wasm host, compile in parallel; the main thread hands out jobs and writes the objects.
/// Workers take a moment to start, so the calling thread can help with its own warm host: a cold
/// build never waits for worker start-up, and a warm one runs N+1 compiles at a time.
/// Kept apart from the core, which never imports `node:` modules.

import { join } from 'node:path';
import type { TccHost } from '../tcc/host.ts';
import type { FileSource } from '../tcc/sandbox-fs.ts';
import type { BuildFs } from './build-fs.ts';
import { compileWithTcc } from './tcc-compile.ts';
import type { TccCompileResult } from './tcc-compile.ts';
import { finishTccCompile, tccCommand } from './tcc-compiler.ts';
import type { TccWorkerData } from './tcc-worker.ts';
import type { CompileJob, CompileOutcome, CompileRoots, Compiler } from './tools.ts';
import { WorkerSlot } from './worker-slot.ts';
import type { CompileSlot } from './worker-slot.ts';

/// How to start the pool.
export interface WorkerPoolConfig {
  readonly fs: BuildFs;
  /// Host path of the kernel tree the workers read.
  readonly tree: string;
  /// Number of workers (at least 1).
  readonly jobs: number;
  /// The compiled tcc.wasm module (shared with the workers; compiled once).
  readonly module: WebAssembly.Module;
  /// The tcc cache folder (`tcc-root/` inside it).
  readonly tccCache: string;
  readonly libtcc1: Uint8Array | null;
  /// When given, the calling thread compiles too, with this host over `helperTree` (the CLI does;
  /// a UI process that must never block leaves it out).
  readonly helper?: { readonly host: TccHost; readonly tree: FileSource };
  /// The worker script; defaults to tcc-worker-boot.mjs beside this file, which loads the
  /// TypeScript worker through tsx (a bundled app passes its compiled worker).
  readonly workerUrl?: URL;
}

/// The calling thread as a compile slot (always ready; blocks the thread while it compiles).
class LocalSlot implements CompileSlot {
  busy = false;
  readonly isReady = true;

  constructor(private readonly helper: NonNullable<WorkerPoolConfig['helper']>) {}

  async run(job: CompileJob): Promise<TccCompileResult> {
    return compileWithTcc(this.helper.host, this.helper.tree, job);
  }

  async terminate(): Promise<void> {}
}

/// Hands ready, free slots to compiles; a compile waits while none is.
class SlotPool {
  private readonly waiting: (() => void)[] = [];

  constructor(readonly slots: readonly CompileSlot[]) {}

  /// Wakes every waiting compile (a slot was freed or became ready).
  wake(): void {
    for (const w of this.waiting.splice(0)) w();
  }

  /// Runs `fn` on a free, ready slot once there is one.
  async with<T>(fn: (slot: CompileSlot) => Promise<T>): Promise<T> {
    let slot = this.pick();
    while (!slot) {
      await new Promise<void>((resolve) => this.waiting.push(resolve));
      slot = this.pick();
    }
    slot.busy = true;
    try {
      return await fn(slot);
    } finally {
      slot.busy = false;
      this.wake();
    }
  }

  /// A free worker that has started, else the free calling thread, else (no helper) a free
  /// worker still starting, whose compile then waits for it.
  private pick(): CompileSlot | undefined {
    const free = this.slots.filter((s) => !s.busy);
    return (
      free.find((s) => s.isReady && s instanceof WorkerSlot) ??
      free.find((s) => s.isReady) ??
      (this.slots.some((s) => s instanceof LocalSlot) ? undefined : free[0])
    );
  }
}

/// A Compiler whose compiles run on worker threads (and, optionally, the calling thread).
export function workerPoolCompiler(config: WorkerPoolConfig): Compiler {
  const tccRoot = join(config.tccCache, 'tcc-root');
  const data: TccWorkerData = { module: config.module, tccRoot, tree: config.tree };
  const url = config.workerUrl ?? new URL('./tcc-worker-boot.mjs', import.meta.url);
  // The workers wake the pool when they have started; the pool is made just after them.
  const wake = { pool: undefined as SlotPool | undefined };
  const workers = Array.from(
    { length: Math.max(1, config.jobs) },
    () => new WorkerSlot(url, data, () => wake.pool?.wake()),
  );
  const slots = new SlotPool(config.helper ? [...workers, new LocalSlot(config.helper)] : workers);
  wake.pool = slots;
  return {
    name: 'tcc',
    concurrency: slots.slots.length,
    command: tccCommand,
    compile: (job: CompileJob, roots: CompileRoots): Promise<CompileOutcome> =>
      slots.with(async (slot) => finishTccCompile(config.fs, roots, job, await slot.run(job))),
    async runtimeLibrary() {
      return config.libtcc1 ? { name: 'libtcc1.a', bytes: config.libtcc1 } : null;
    },
    async ready() {
      await Promise.all(workers.map((w) => w.started()));
    },
    async close() {
      await Promise.all(slots.slots.map((s) => s.terminate()));
    },
  };
}
