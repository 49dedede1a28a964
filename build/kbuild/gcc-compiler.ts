/// The `--cc gcc` compiler binding: host `gcc -m32` compiles C (with the tree's KBUILD_CFLAGS,
/// which include -ffreestanding) and runs GNU as for `.S`, for comparison with tcc.wasm; our
/// linker still links. Node-only (it starts host processes), so it lives outside the core.

import { execFile } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parseDepfile } from './depfile.ts';
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

/// A Compiler running the host's gcc.
export function gccCompiler(config: GccCompilerConfig = {}): Compiler {
  const gcc = config.gcc ?? 'gcc';
  const argsOf = (job: CompileJob, out: string) => [
    '-m32',
    ...job.flags,
    '-c',
    '-o',
    joinPath(out, job.object),
    '-MD',
    '-MF',
    joinPath(out, depfileOf(job.object)),
    job.source,
  ];
  return {
    name: 'gcc',
    concurrency: Math.max(1, config.jobs ?? availableParallelism()),
    command: (job) => [gcc, ...argsOf(job, '$(out)')].join(' '),
    async compile(job: CompileJob, roots: CompileRoots): Promise<CompileOutcome> {
      await mkdir(dirname(joinPath(roots.out, job.object)), { recursive: true });
      const r = await run(gcc, argsOf(job, roots.out), roots.tree);
      const diagnostics = parseGccMessages(r.stderr, (f) => relativeTo(roots.tree, f));
      if (r.code !== 0) {
        const fallback = {
          file: job.source,
          line: 0,
          severity: 'error' as const,
          stage: 'compile' as const,
          message: r.stderr.trim() || `gcc exited with ${r.code}`,
        };
        return {
          ok: false,
          diagnostics: diagnostics.some((d) => d.severity === 'error')
            ? diagnostics
            : [...diagnostics, fallback],
          deps: [],
        };
      }
      const dep = await readFile(joinPath(roots.out, depfileOf(job.object)), 'utf8').catch(
        () => '',
      );
      return { ok: true, diagnostics, deps: parseDepfile(dep) };
    },
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
