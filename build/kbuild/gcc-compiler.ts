/// The `--cc gcc` compiler binding: host `gcc -m32` compiles C (with the tree's KBUILD_CFLAGS,
/// which include -ffreestanding) and runs GNU as for `.S`, for comparison with tcc.wasm; our
/// linker still links. Node-only (it starts host processes), so it lives outside the core.

import { execFile } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parseDepfile } from './depfile.ts';
import { ensureError, fileError } from './diagnostic.ts';
import { parseGccMessages } from './gcc-messages.ts';
import { joinPath, relativeTo } from './paths.ts';
import type { CompileJob, CompileOutcome, CompileRoots, Compiler } from './tools.ts';

/// Options of the GCC binding.
export interface GccCompilerConfig {
  /// The gcc executable (default `gcc`).
  readonly gcc?: string;
  /// Parallel compiles (default: the host's CPU count).
  readonly jobs?: number;
}

/// The dependency file of an object, output-relative (`dir/.x.o.d`, as Kbuild names it).
export function depfileOf(object: string): string {
  const slash = object.lastIndexOf('/');
  return `${object.slice(0, slash + 1)}.${object.slice(slash + 1)}.d`;
}

function run(
  cmd: string,
  args: string[],
  cwd: string,
): Promise<{ code: number; stderr: string; stdout: string }> {
  return new Promise((resolve) => {
    execFile(cmd, args, { cwd, maxBuffer: 16 << 20 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : 127) : 0;
      resolve({
        code,
        stdout,
        stderr: stderr || (err && code === 127 ? `${cmd}: ${err.message}` : ''),
      });
    });
  });
}

function gccArgs(job: CompileJob, out: string): string[] {
  const obj = joinPath(out, job.object);
  return [
    '-m32',
    ...job.flags,
    '-c',
    '-o',
    obj,
    '-MD',
    '-MF',
    joinPath(out, depfileOf(job.object)),
    job.source,
  ];
}

async function compileWithGcc(
  gcc: string,
  job: CompileJob,
  roots: CompileRoots,
): Promise<CompileOutcome> {
  await mkdir(dirname(joinPath(roots.out, job.object)), { recursive: true });
  const r = await run(gcc, gccArgs(job, roots.out), roots.tree);
  const diagnostics = parseGccMessages(r.stderr, (f) => relativeTo(roots.tree, f));
  if (r.code !== 0) {
    const fallback = fileError(
      job.source,
      r.stderr.trim() || `gcc exited with ${r.code}`,
      'compile',
    );
    return { ok: false, diagnostics: ensureError(diagnostics, fallback), deps: [] };
  }
  const dep = await readFile(joinPath(roots.out, depfileOf(job.object)), 'utf8').catch(() => '');
  return { ok: true, diagnostics, deps: parseDepfile(dep) };
}

/// A Compiler running the host's gcc.
export function gccCompiler(config: GccCompilerConfig = {}): Compiler {
  const gcc = config.gcc ?? 'gcc';
  return {
    name: 'gcc',
    concurrency: Math.max(1, config.jobs ?? availableParallelism()),
    command: (job) => [gcc, ...gccArgs(job, '$(out)')].join(' '),
    compile: (job, roots) => compileWithGcc(gcc, job, roots),
    async runtimeLibrary() {
      const r = await run(gcc, ['-m32', '-print-libgcc-file-name'], '/');
      const path = r.stdout.trim();
      if (r.code !== 0 || path === '') return null;
      const bytes = await readFile(path).catch(() => null);
      return bytes ? { name: 'libgcc.a', bytes: new Uint8Array(bytes) } : null;
    },
    async close() {},
  };
}
