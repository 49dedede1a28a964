/// Compiles one job with tcc.wasm: the tree is mounted at the sandbox root `/`, so tcc runs "from
/// the tree root" exactly as make does (`-Iinclude`, `__FILE__` = `init/main.c`, the same as
/// GCC's), and the object and its `-MD` file are written in memory under `/.kbuild-out`. Pure and
/// synchronous: the in-process compiler and each worker thread call it with their own warm host.

import { parseTccOutput } from '../diagnostics/index.ts';
import type { TccHost } from '../tcc/host.ts';
import { TCC_DIR } from '../tcc/host.ts';
import type { FileSource } from '../tcc/sandbox-fs.ts';
import { parseDepfile } from './depfile.ts';
import type { BuildDiagnostic } from './diagnostic.ts';
import { ensureError, errorText, fileError } from './diagnostic.ts';
import type { CompileJob } from './tools.ts';

/// Where outputs go inside the sandbox (never a tree path).
const OUT = '/.kbuild-out';

/// What one tcc compile returns: the object bytes travel back to whoever writes the output.
export interface TccCompileResult {
  readonly ok: boolean;
  readonly object: Uint8Array | null;
  readonly diagnostics: readonly BuildDiagnostic[];
  /// Tree-relative dependencies (tcc's own headers are left out: they are not the learner's).
  readonly deps: readonly string[];
}

/// tcc's arguments for a job (the recorded command is `tcc` and these).
export function tccArgs(job: CompileJob): string[] {
  return [
    ...job.flags,
    '-c',
    '-o',
    `${OUT}/${job.object}`,
    '-MD',
    '-MF',
    `${OUT}/${job.object}.d`,
    job.source,
  ];
}

/// Maps a path tcc printed to a tree-relative one.
function treePath(p: string): string {
  return p.startsWith('/') ? p.slice(1) : p.replace(/^\.\//, '');
}

/// Runs tcc for `job` over `tree`. Never throws for bad source; a trap of tcc.wasm itself
/// becomes an error diagnostic on the source file.
export function compileWithTcc(host: TccHost, tree: FileSource, job: CompileJob): TccCompileResult {
  let run;
  try {
    run = host.runSync({ args: tccArgs(job), mounts: [{ at: '/', source: tree }] });
  } catch (err) {
    return failed([fileError(job.source, errorText(err), 'compile')]);
  }
  const diagnostics = parseTccOutput(run.stderr, { mapPath: treePath }).map((d) => ({
    ...d,
    stage: 'compile' as const,
  }));
  const object = run.outputs.get(`${OUT}/${job.object}`) ?? null;
  if (run.exitCode !== 0 || !object) {
    return failed(
      ensureError(
        diagnostics,
        fileError(job.source, `tcc exited with status ${run.exitCode}`, 'compile'),
      ),
    );
  }
  const depText = new TextDecoder().decode(
    run.outputs.get(`${OUT}/${job.object}.d`) ?? new Uint8Array(0),
  );
  const deps = parseDepfile(depText)
    .filter((d) => !d.startsWith(`${TCC_DIR}/`))
    .map(treePath);
  return { ok: true, object, diagnostics, deps };
}

function failed(diagnostics: BuildDiagnostic[]): TccCompileResult {
  return { ok: false, object: null, deps: [], diagnostics };
}
