/// The in-process tcc.wasm compiler (`-j1`, the browser test host, anything without worker
/// threads): one warm `TccHost` compiles every job in turn and the objects are written through
/// the `BuildFs`. The worker-thread pool (worker-pool.ts) runs the same `compileWithTcc`.

import type { TccHost } from '../tcc/host.ts';
import type { FileSource } from '../tcc/sandbox-fs.ts';
import type { BuildFs } from './build-fs.ts';
import { joinPath } from './paths.ts';
import { compileWithTcc, tccArgs } from './tcc-compile.ts';
import type { TccCompileResult } from './tcc-compile.ts';
import type { CompileJob, CompileOutcome, CompileRoots, Compiler } from './tools.ts';

/// What the tcc bindings need besides the host.
export interface TccBindingConfig {
  /// Writes the objects.
  readonly fs: BuildFs;
  /// The tree as tcc reads it (mounted at the sandbox root).
  readonly tree: FileSource;
  /// tcc's runtime library (`libtcc1.a`), linked into every user program.
  readonly libtcc1: Uint8Array | null;
}

/// The command recorded for a tcc compile.
export function tccCommand(job: CompileJob): string {
  return ['tcc', ...tccArgs(job)].join(' ');
}

/// Writes a finished compile's object and turns it into the runner's outcome.
export async function finishTccCompile(
  fs: BuildFs,
  roots: CompileRoots,
  job: CompileJob,
  r: TccCompileResult,
): Promise<CompileOutcome> {
  if (r.ok && r.object) await fs.writeFile(joinPath(roots.out, job.object), r.object);
  return { ok: r.ok, diagnostics: r.diagnostics, deps: r.deps };
}

/// A Compiler that runs tcc.wasm on the calling thread.
export function tccCompiler(host: TccHost, config: TccBindingConfig): Compiler {
  return {
    name: 'tcc',
    concurrency: 1,
    command: tccCommand,
    async compile(job, roots) {
      return finishTccCompile(config.fs, roots, job, compileWithTcc(host, config.tree, job));
    },
    async runtimeLibrary() {
      return config.libtcc1 ? { name: 'libtcc1.a', bytes: config.libtcc1 } : null;
    },
    async close() {},
  };
}
