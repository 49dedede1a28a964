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

interface Reply {
  readonly id: number;
  readonly ok: boolean;
  readonly value?: unknown;
  readonly error?: string;
}

/// One long-lived worker per module (loading tsx and the emulator costs most of a second), replaced
/// after a timeout. Calls are answered in order; callers await one at a time.
const workers = new Map<string, Worker>();
let nextId = 0;

function workerFor(moduleUrl: URL): Worker {
  let w = workers.get(moduleUrl.href);
  if (!w) {
    w = new Worker(entry, { workerData: { module: moduleUrl.href } });
    w.unref(); // an idle worker must not keep the test process alive
    workers.set(moduleUrl.href, w);
  }
  return w;
}

/// Calls `fn` exported by the module at `moduleUrl` with `args` in that module's worker thread
/// and resolves with its (structured-cloned) result, or rejects after `timeoutMs`.
export function runInWorker<T>(
  moduleUrl: URL,
  fn: string,
  args: unknown[],
  timeoutMs: number,
): Promise<T> {
  const worker = workerFor(moduleUrl);
  const id = nextId++;
  return new Promise<T>((resolve, reject) => {
    const done = (): void => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
    };
    const timer = setTimeout(() => {
      done();
      workers.delete(moduleUrl.href);
      void worker.terminate();
      reject(new WorkerTimeoutError(`${fn}(${moduleUrl.pathname.split('/').pop()})`, timeoutMs));
    }, timeoutMs);
    const onMessage = (r: Reply): void => {
      if (r.id !== id) return;
      done();
      if (r.ok) resolve(r.value as T);
      else reject(new Error(`${fn} failed in its worker:\n${r.error}`));
    };
    const onError = (err: Error): void => {
      done();
      workers.delete(moduleUrl.href);
      reject(err);
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.postMessage({ id, fn, args });
  });
}
