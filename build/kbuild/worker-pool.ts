/// The Node worker-thread pool behind `syscall-lab build -j N`: N workers, each with its own warm
/// tcc.wasm instance host, compile in parallel; the main thread hands out jobs as workers free up
/// and writes the objects. Kept apart from the core, which never imports `node:` modules.

import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import type { BuildFs } from './build-fs.ts';
import { finishTccCompile, tccCommand } from './tcc-compiler.ts';
import type { TccCompileResult } from './tcc-compile.ts';
import type { TccWorkerData, TccWorkerRequest } from './tcc-worker.ts';
import type { CompileJob, CompileOutcome, CompileRoots, Compiler } from './tools.ts';

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
  /// The worker script; defaults to tcc-worker-boot.mjs beside this file, which loads the
  /// TypeScript worker through tsx (a bundled app passes its compiled worker).
  readonly workerUrl?: URL;
}

type Pending = { resolve: (r: TccCompileResult) => void; reject: (e: Error) => void };

/// One worker and the compile it is running (a worker runs one job at a time).
class Slot {
  worker: Worker;
  ready: Promise<void>;
  busy = false;
  private current: Pending | null = null;

  constructor(
    private readonly url: URL,
    private readonly data: TccWorkerData,
  ) {
    [this.worker, this.ready] = this.start();
  }

  /// Sends one job; resolves with the worker's answer, rejects if the worker dies meanwhile.
  run(job: CompileJob): Promise<TccCompileResult> {
    return new Promise((resolve, reject) => {
      this.current = { resolve, reject };
      this.worker.postMessage({ id: 0, job } satisfies TccWorkerRequest);
    });
  }

  private start(): [Worker, Promise<void>] {
    const worker = new Worker(this.url, { workerData: this.data });
    worker.unref();
    const ready = new Promise<void>((resolve, reject) => {
      worker.on('message', (msg: { ready?: boolean; result?: TccCompileResult }) => {
        if (msg.ready) resolve();
        else if (msg.result) this.settle((p) => p.resolve(msg.result as TccCompileResult));
      });
      // A dead worker (a trap that escaped, memory exhausted) fails only its own compile, which
      // the compile stage reports on that file; a fresh worker takes its place.
      worker.on('error', (err) => {
        reject(err);
        this.settle((p) => p.reject(err));
        [this.worker, this.ready] = this.start();
      });
    });
    ready.catch(() => {});
    return [worker, ready];
  }

  private settle(fn: (p: Pending) => void): void {
    const p = this.current;
    this.current = null;
    if (p) fn(p);
  }
}

/// Hands free workers to compiles, queueing compiles while all are busy.
class SlotPool {
  private readonly waiting: (() => void)[] = [];

  constructor(readonly slots: readonly Slot[]) {}

  /// Runs `fn` on a free worker once one is available.
  async with<T>(fn: (slot: Slot) => Promise<T>): Promise<T> {
    let slot = this.slots.find((s) => !s.busy);
    while (!slot) {
      await new Promise<void>((resolve) => this.waiting.push(resolve));
      slot = this.slots.find((s) => !s.busy);
    }
    slot.busy = true;
    try {
      await slot.ready;
      return await fn(slot);
    } finally {
      slot.busy = false;
      this.waiting.shift()?.();
    }
  }
}

/// A Compiler whose compiles run on worker threads.
export function workerPoolCompiler(config: WorkerPoolConfig): Compiler {
  const tccRoot = join(config.tccCache, 'tcc-root');
  const data: TccWorkerData = { module: config.module, tccRoot, tree: config.tree };
  const url = config.workerUrl ?? new URL('./tcc-worker-boot.mjs', import.meta.url);
  const pool = new SlotPool(
    Array.from({ length: Math.max(1, config.jobs) }, () => new Slot(url, data)),
  );
  return {
    name: 'tcc',
    concurrency: pool.slots.length,
    command: tccCommand,
    compile: (job: CompileJob, roots: CompileRoots): Promise<CompileOutcome> =>
      pool.with(async (slot) => finishTccCompile(config.fs, roots, job, await slot.run(job))),
    async runtimeLibrary() {
      return config.libtcc1 ? { name: 'libtcc1.a', bytes: config.libtcc1 } : null;
    },
    async close() {
      await Promise.all(pool.slots.map((s) => s.worker.terminate()));
    },
  };
}
