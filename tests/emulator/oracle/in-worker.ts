import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('./worker-entry.mjs', import.meta.url));

/// Raised when the function did not return in time: the worker was terminated.
export class WorkerTimeoutError extends Error {
  constructor(what: string, timeoutMs: number) {
    super(
      `${what}: no result within ${timeoutMs / 1000} s (terminated; a run() call never returned)`,
    );
    this.name = 'WorkerTimeoutError';
  }
}

/// Calls `fn` exported by the module at `moduleUrl` with `args` in a fresh worker thread and
/// resolves with its (structured-cloned) result, or rejects after `timeoutMs`.
export function runInWorker<T>(
  moduleUrl: URL,
  fn: string,
  args: unknown[],
  timeoutMs: number,
): Promise<T> {
  const worker = new Worker(entry, { workerData: { module: moduleUrl.href, fn, args } });
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new WorkerTimeoutError(`${fn}(${moduleUrl.pathname.split('/').pop()})`, timeoutMs));
    }, timeoutMs);
    worker.once('message', (value: T) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(value);
    });
    worker.once('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
  });
}
