/// The worker-thread side of the tcc.wasm pool: builds one warm `TccHost` from the module the
/// pool hands over (compiled once in the main thread) and compiles jobs as they arrive. Each
/// answer carries the object bytes back (transferred, not copied) for the main thread to write.

import { parentPort, workerData } from 'node:worker_threads';
import { TccHost } from '../tcc/host.ts';
import { NodeFileSource } from '../tcc/node-loader.ts';
import { compileWithTcc } from './tcc-compile.ts';
import type { CompileJob } from './tools.ts';

/// What the pool passes to each worker at start.
export interface TccWorkerData {
  readonly module: WebAssembly.Module;
  /// Host folder of tcc's own tree (`include/`, `lib/libtcc1.a`).
  readonly tccRoot: string;
  /// Host folder of the kernel tree.
  readonly tree: string;
}

/// A request: compile `job`, answer with the same `id`.
export interface TccWorkerRequest {
  readonly id: number;
  readonly job: CompileJob;
}

const data = workerData as TccWorkerData;
const host = await TccHost.create(data.module, new NodeFileSource(data.tccRoot));
const tree = new NodeFileSource(data.tree);

parentPort?.on('message', (req: TccWorkerRequest) => {
  const result = compileWithTcc(host, tree, req.job);
  // The object may view the sandbox's larger buffer: copy it so only its bytes are transferred.
  const object = result.object ? result.object.slice() : null;
  parentPort?.postMessage(
    { id: req.id, result: { ...result, object } },
    object ? [object.buffer as ArrayBuffer] : [],
  );
});
parentPort?.postMessage({ ready: true });
