/// One tcc worker thread as a compile slot: started with the shared tcc.wasm module, answering
/// one job at a time. A worker that dies fails only the compile it was running (the compile
/// stage reports it on that file) and is restarted, a few times at most, so a worker script that
/// cannot start never turns into an endless respawn loop.

import { Worker } from 'node:worker_threads';
import type { TccCompileResult } from './tcc-compile.ts';
import type { TccWorkerData, TccWorkerRequest } from './tcc-worker.ts';
import type { CompileJob } from './tools.ts';

/// Something that compiles one job at a time.
export interface CompileSlot {
  busy: boolean;
  /// True once it can take a job without waiting for start-up.
  readonly isReady: boolean;
  /// Compiles `job`; rejects when the slot died doing it.
  run(job: CompileJob): Promise<TccCompileResult>;
  terminate(): Promise<void>;
}

type Pending = { resolve: (r: TccCompileResult) => void; reject: (e: Error) => void };

const MAX_RESTARTS = 3;

/// A worker thread running tcc-worker.ts.
export class WorkerSlot implements CompileSlot {
  busy = false;
  isReady = false;
  private worker: Worker;
  private ready: Promise<void>;
  private current: Pending | null = null;
  private restarts = 0;

  /// `onReady` is called each time the worker has started (the pool then hands it work).
  constructor(
    private readonly url: URL,
    private readonly data: TccWorkerData,
    private readonly onReady: () => void,
  ) {
    [this.worker, this.ready] = this.start();
  }

  async run(job: CompileJob): Promise<TccCompileResult> {
    await this.ready;
    return new Promise((resolve, reject) => {
      this.current = { resolve, reject };
      this.worker.postMessage({ id: 0, job } satisfies TccWorkerRequest);
    });
  }

  /// Resolves when the worker has started, or has failed to (a failure is reported by `run`).
  async started(): Promise<void> {
    await this.ready.catch(() => undefined);
  }

  async terminate(): Promise<void> {
    this.restarts = MAX_RESTARTS;
    await this.worker.terminate();
  }

  private start(): [Worker, Promise<void>] {
    const worker = new Worker(this.url, { workerData: this.data });
    worker.unref();
    const ready = new Promise<void>((resolve, reject) => {
      worker.on('message', (msg: { ready?: boolean; result?: TccCompileResult }) => {
        if (msg.ready) {
          this.isReady = true;
          resolve();
          this.onReady();
        } else if (msg.result) this.settle((p) => p.resolve(msg.result as TccCompileResult));
      });
      worker.on('error', (err) => {
        this.isReady = false;
        reject(err);
        this.settle((p) => p.reject(err));
        if (this.restarts++ < MAX_RESTARTS) [this.worker, this.ready] = this.start();
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
