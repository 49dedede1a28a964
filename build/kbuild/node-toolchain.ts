/// Node bindings of the runner's tools, for the CLI and the Electron main process: tcc.wasm (in
/// process for `-j1`, else a worker pool sharing one compiled module) or host gcc, our linker
/// (build/link), and the initramfs packer. Node-only; the core modules stay free of Node APIs.

import { availableParallelism } from 'node:os';
import { packNewc } from '../cpio/index.ts';
import { link } from '../link/index.ts';
import { loadTccHost, NodeFileSource, readLibtcc1, tccCacheDir } from '../tcc/node-loader.ts';
import type { BuildFs } from './build-fs.ts';
import type { CompilerFamily } from './flags.ts';
import { gccCompiler } from './gcc-compiler.ts';
import { nodeBuildFs } from './node-build-fs.ts';
import { KbuildRunner } from './runner.ts';
import { tccCompiler } from './tcc-compiler.ts';
import type { Compiler, PackFn, Toolchain } from './tools.ts';
import { workerPoolCompiler } from './worker-pool.ts';

/// Which compiler: the built-in tcc.wasm, or the host's gcc (for comparison).
export type CompilerChoice = 'builtin' | 'gcc';

/// How to build a tree from Node.
export interface NodeBuildConfig {
  /// Absolute tree root.
  readonly tree: string;
  /// Absolute output root.
  readonly out: string;
  readonly cc?: CompilerChoice;
  /// Parallel compiles (default: the CPU count); 1 compiles on the calling thread.
  readonly jobs?: number;
  /// File access (default: the host file system).
  readonly fs?: BuildFs;
  /// Whether the calling thread compiles too while workers start and alongside them (default
  /// true; a process that must stay responsive, like Electron's main, passes false).
  readonly callerCompiles?: boolean;
  /// The tcc worker script (default: tcc-worker-boot.mjs, which loads the TypeScript worker
  /// through tsx); a bundled app passes its compiled tcc-worker.
  readonly workerUrl?: URL;
}

/// The default number of parallel compiles.
export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

async function builtinCompiler(
  fs: BuildFs,
  config: NodeBuildConfig,
  jobs: number,
): Promise<Compiler> {
  const host = await loadTccHost();
  const libtcc1 = readLibtcc1();
  const tree = new NodeFileSource(config.tree);
  if (jobs <= 1) return tccCompiler(host, { fs, tree, libtcc1 });
  const helper = config.callerCompiles === false ? undefined : { host, tree };
  const tccCache = tccCacheDir();
  return workerPoolCompiler({
    fs,
    tree: config.tree,
    jobs,
    module: host.wasmModule,
    tccCache,
    libtcc1,
    helper,
    workerUrl: config.workerUrl,
  });
}

/// The packer: build/cpio's newc writer (byte-identical to the tree's usr/gen_init_cpio).
const pack: PackFn = (entries) => packNewc(entries);

/// Creates the toolchain for `config` (starting the compiler's workers). Rejects with the tcc
/// loader's located error when tcc.wasm has not been built.
export async function createNodeToolchain(
  config: NodeBuildConfig,
): Promise<{ toolchain: Toolchain; family: CompilerFamily }> {
  const fs = config.fs ?? nodeBuildFs();
  const jobs = config.jobs ?? defaultJobs();
  const gcc = config.cc === 'gcc';
  const compiler = gcc ? gccCompiler({ jobs }) : await builtinCompiler(fs, config, jobs);
  return {
    toolchain: { compiler, link: (options) => link(options), pack },
    family: gcc ? 'gcc' : 'tcc',
  };
}

/// A ready runner over the host file system: what the CLI and the Electron build service use.
/// Keep it for the next build (warm workers); `close()` it when done.
export async function createNodeRunner(config: NodeBuildConfig): Promise<KbuildRunner> {
  // The core works in `/`-separated paths; Windows paths are converted here, at the edge.
  const posix = { ...config, tree: toPosix(config.tree), out: toPosix(config.out) };
  const fs = config.fs ?? nodeBuildFs();
  const { toolchain, family } = await createNodeToolchain({ ...posix, fs });
  const { tree, out } = posix;
  return new KbuildRunner({ fs, tree, out, toolchain, family, makeVariables: { CC: family } });
}

function toPosix(path: string): string {
  return path.replace(/\\/g, '/');
}
