// Runs tcc.wasm over a per-call sandbox of files and returns what it wrote, its stdout/stderr and
// its exit code. The WebAssembly.Module is compiled once per host; each call gets a fresh instance
// (about a millisecond) so no state leaks from one compile to the next. No Node API: Node, a worker
// and the browser all use this; build/tcc/node-loader.ts adds the Node-side loading.

import { LocatedError } from '../elf/errors.ts';
import { type FileSource, type Mount, SandboxFs } from './sandbox-fs.ts';
import { WasiShim } from './wasi-shim.ts';

/// Where tcc's own directory (CONFIG_TCCDIR: include/, lib/libtcc1.a) appears in every sandbox.
export const TCC_DIR = '/tcc';

/// One tcc invocation.
export interface TccRunOptions {
  /// tcc's arguments, without argv[0] (`['-c', '/src/a.c', '-o', '/out/a.o']`).
  readonly args: readonly string[];
  /// Input files by absolute sandbox path. Text is stored as UTF-8.
  readonly files?: Iterable<readonly [string, Uint8Array | string]>;
  /// Read-only trees consulted after `files` (a host folder, a workspace).
  readonly mounts?: readonly Mount[];
  /// Environment variables (tcc reads CPATH, C_INCLUDE_PATH, LIBRARY_PATH).
  readonly env?: Readonly<Record<string, string>>;
}

/// What a run did. Never thrown for bad input: a compile error is `exitCode != 0` with stderr.
export interface TccRunResult {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
  /// Files created or modified by the run, by absolute sandbox path.
  readonly outputs: ReadonlyMap<string, Uint8Array>;
  /// Files the run deleted (tcc removes its output after an error).
  readonly deleted: readonly string[];
}

/// tcc.wasm itself failed (a trap: a bug in tcc or an exhausted memory), not the user's code.
/// Located at the first input file so the learner sees which file triggered it.
export class TccCrashError extends LocatedError {}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function toBytes(data: Uint8Array | string): Uint8Array {
  return typeof data === 'string' ? encoder.encode(data) : data;
}

/// A compiled tcc.wasm plus its /tcc tree, ready to run any number of times.
export class TccHost {
  private constructor(
    private readonly module: WebAssembly.Module,
    private readonly tccRoot: FileSource,
  ) {}

  /// Compiles the module once. `tccRoot` serves tcc's directory (`/include/stddef.h`, `/lib/libtcc1.a`).
  static async create(
    wasm: Uint8Array | WebAssembly.Module,
    tccRoot: FileSource,
  ): Promise<TccHost> {
    const module =
      wasm instanceof WebAssembly.Module ? wasm : await WebAssembly.compile(wasm as BufferSource);
    return new TccHost(module, tccRoot);
  }

  /// The compiled module (to hand to a worker, which can build its own host from it).
  get wasmModule(): WebAssembly.Module {
    return this.module;
  }

  /// Runs tcc asynchronously (works everywhere, including a browser's main thread).
  async run(options: TccRunOptions): Promise<TccRunResult> {
    const { shim, fs } = this.prepare(options);
    const instance = await WebAssembly.instantiate(this.module, shim.imports(this.module));
    return this.finish(options, shim, fs, instance);
  }

  /// Runs tcc synchronously (Node and workers; browsers refuse synchronous instantiation of a
  /// large module on their main thread).
  runSync(options: TccRunOptions): TccRunResult {
    const { shim, fs } = this.prepare(options);
    const instance = new WebAssembly.Instance(this.module, shim.imports(this.module));
    return this.finish(options, shim, fs, instance);
  }

  private prepare(options: TccRunOptions): { shim: WasiShim; fs: SandboxFs } {
    const files = [...(options.files ?? [])].map(([p, d]) => [p, toBytes(d)] as const);
    const mounts = [{ at: TCC_DIR, source: this.tccRoot }, ...(options.mounts ?? [])];
    const fs = new SandboxFs(files, mounts);
    const shim = new WasiShim({ args: ['tcc', ...options.args], env: options.env, fs });
    return { shim, fs };
  }

  private finish(
    options: TccRunOptions,
    shim: WasiShim,
    fs: SandboxFs,
    instance: WebAssembly.Instance,
  ): TccRunResult {
    let exitCode: number;
    try {
      exitCode = shim.start(instance);
    } catch (err) {
      const input = options.args.find((a) => /\.(c|s|S|h)$/.test(a)) ?? 'tcc';
      const why = err instanceof Error ? err.message : String(err);
      throw new TccCrashError(`tcc.wasm crashed (${why}) on: tcc ${options.args.join(' ')}`, input);
    }
    return {
      exitCode,
      stdout: decoder.decode(shim.stdout),
      stderr: decoder.decode(shim.stderr),
      outputs: fs.written(),
      deleted: fs.deleted(),
    };
  }
}
