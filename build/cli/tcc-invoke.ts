// Runs tcc.wasm on host files for the command-line drivers (`syscall-lab cc`, `syscall-lab as`).
// The sandbox sees the host's file system read-only at the same absolute paths, so messages and
// dependency files name real files; relative paths are made absolute against the working
// directory going in and made relative again coming out, so the user sees what gcc would print.

import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  explainDiagnostics,
  parseTccOutput,
  renderDiagnostics,
  type Diagnostic,
} from '../diagnostics/index.ts';
import { TCC_DIR, type TccRunResult } from '../tcc/host.ts';
import { hostMount, loadTccHost } from '../tcc/node-loader.ts';
import type { Mount } from '../tcc/sandbox-fs.ts';

/// One tcc run as the drivers need it.
export interface InvokeRequest {
  /// tcc arguments; relative paths in them must already be absolute (see `absolutize`).
  readonly args: readonly string[];
  /// Host working directory, used to print paths relative to it.
  readonly cwd: string;
  /// Write these sandbox outputs to the host (the object, the .d file). Others stay in memory.
  readonly writeToHost: boolean;
}

/// What came back: diagnostics already explained, plus the raw run.
export interface InvokeResult {
  readonly ok: boolean;
  readonly diagnostics: readonly Diagnostic[];
  readonly run: TccRunResult;
}

/// Makes `p` absolute against `cwd` (host paths are the sandbox's paths).
export function absolutize(cwd: string, p: string): string {
  return path.posix.isAbsolute(p) ? p : path.posix.join(cwd, p);
}

/// Inverse of `absolutize` for display: `cwd/x` becomes `x`.
export function relativize(cwd: string, p: string): string {
  const prefix = cwd.endsWith('/') ? cwd : `${cwd}/`;
  return p.startsWith(prefix) ? p.slice(prefix.length) : p;
}

/// The whole host read-only at '/', except that /tcc is tcc's own tree (mounted by the host).
/// Debian's multilib glibc keeps its i386 headers under x86_64-linux-gnu: when a host has no
/// i386-linux-gnu directory, that one is shown in its place so `#include <stdio.h>` works.
export function hostMounts(): Mount[] {
  const mounts: Mount[] = [hostMount('/', '/')];
  const i386 = '/usr/include/i386-linux-gnu';
  if (!existsSync(i386) && existsSync('/usr/include/x86_64-linux-gnu/gnu/stubs-32.h')) {
    mounts.push(hostMount('/usr/include/x86_64-linux-gnu', i386));
  }
  return mounts;
}

function writeAtomically(file: string, data: Uint8Array): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, data);
  renameSync(tmp, file);
}

function readSource(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/// Rewrites a `-MD` dependency file so paths under `cwd` read as relative, as gcc writes them.
export function relativizeDeps(text: string, cwd: string): string {
  const prefix = cwd.endsWith('/') ? cwd : `${cwd}/`;
  return text.split(prefix).join('');
}

/// Runs tcc once. Never throws for bad source (that is `ok: false` with diagnostics); throws
/// TccUnavailableError when the compiler is missing and TccCrashError if tcc itself traps.
export async function invokeTcc(req: InvokeRequest): Promise<InvokeResult> {
  const host = await loadTccHost();
  const run = host.runSync({ args: req.args, mounts: hostMounts() });
  const parsed = parseTccOutput(run.stderr, { mapPath: (p) => relativize(req.cwd, p) });
  const diagnostics = explainDiagnostics(parsed, (f) => readSource(absolutize(req.cwd, f)));
  const ok = run.exitCode === 0;
  if (ok && req.writeToHost) {
    for (const [file, data] of run.outputs) {
      if (file.startsWith(`${TCC_DIR}/`)) continue;
      const text = file.endsWith('.d')
        ? new TextEncoder().encode(relativizeDeps(new TextDecoder().decode(data), req.cwd))
        : data;
      writeAtomically(file, text);
    }
  }
  return { ok, diagnostics, run };
}

/// Prints diagnostics to stderr the gcc way, with source lines, carets and hints.
export function printDiagnostics(diagnostics: readonly Diagnostic[]): void {
  if (diagnostics.length > 0) process.stderr.write(renderDiagnostics(diagnostics));
}
