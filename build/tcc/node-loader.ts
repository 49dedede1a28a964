// Node-side loading of tcc.wasm: finds the build made by make-tcc-wasm.mjs, serves its /tcc tree
// from disk, and exposes host folders to the sandbox. The host module itself (host.ts) stays free
// of Node APIs; this file is the only Node-specific part of build/tcc.

import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { LocatedError } from '../elf/errors.ts';
import { TccHost } from './host.ts';
import type { FileSource, Mount } from './sandbox-fs.ts';

/// tcc.wasm (or its /tcc tree) is not there: the postinstall build has not run or failed.
export class TccUnavailableError extends LocatedError {}

/// The folder make-tcc-wasm.mjs writes: build/tcc/cache, or $SYSCALL_LAB_TCC_DIR (packaged app).
export function tccCacheDir(): string {
  return process.env.SYSCALL_LAB_TCC_DIR ?? fileURLToPath(new URL('./cache', import.meta.url));
}

/// A host folder as a read-only `FileSource` (sandbox path '/x' is `root/x`).
export class NodeFileSource implements FileSource {
  constructor(private readonly root: string) {}

  readFile(p: string): Uint8Array | null {
    try {
      return readFileSync(path.join(this.root, p));
    } catch {
      return null;
    }
  }

  isDirectory(p: string): boolean {
    try {
      return statSync(path.join(this.root, p)).isDirectory();
    } catch {
      return false;
    }
  }
}

/// Mounts the host folder `hostDir` at sandbox path `at` (default: the same path).
export function hostMount(hostDir: string, at: string = hostDir): Mount {
  return { at, source: new NodeFileSource(hostDir) };
}

function readWasm(file: string): Uint8Array {
  try {
    return readFileSync(file);
  } catch {
    throw new TccUnavailableError(
      'tcc.wasm not found: run `npm install` (it builds the compiler), or `node build/tcc/make-tcc-wasm.mjs` to see why it failed',
      file,
    );
  }
}

let shared: Promise<TccHost> | undefined;

/// The process-wide host over the cached build (compiled once, on first use).
export function loadTccHost(): Promise<TccHost> {
  shared ??= createTccHost(tccCacheDir()).catch((err: unknown) => {
    shared = undefined;
    throw err;
  });
  return shared;
}

/// A new host over the build in `cacheDir` (tcc.wasm and tcc-root/).
export async function createTccHost(cacheDir: string): Promise<TccHost> {
  const wasm = readWasm(path.join(cacheDir, 'tcc.wasm'));
  const root = path.join(cacheDir, 'tcc-root');
  if (!statSafe(path.join(root, 'lib', 'libtcc1.a'))) {
    throw new TccUnavailableError(
      'tcc-root/lib/libtcc1.a missing: re-run `node build/tcc/make-tcc-wasm.mjs`',
      root,
    );
  }
  try {
    return await TccHost.create(wasm, new NodeFileSource(root));
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new TccUnavailableError(
      `tcc.wasm is not a valid module (${why}): run \`node build/tcc/make-tcc-wasm.mjs --force\``,
      path.join(cacheDir, 'tcc.wasm'),
    );
  }
}

function statSafe(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

/// libtcc1.a's bytes (64-bit division/shift helpers tcc emits calls to): link it into programs.
export function readLibtcc1(cacheDir: string = tccCacheDir()): Uint8Array {
  const file = path.join(cacheDir, 'tcc-root', 'lib', 'libtcc1.a');
  try {
    return readFileSync(file);
  } catch {
    throw new TccUnavailableError('libtcc1.a not found: run `npm install`', file);
  }
}
