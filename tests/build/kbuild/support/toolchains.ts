// Toolchains for the runner tests: the shipped compiler bindings (tcc.wasm in process or on
// worker threads, gcc) with the shipped linker and initramfs packer.
import { link } from '../../../../build/link/index.ts';
import { gccCompiler } from '../../../../build/kbuild/gcc-compiler.ts';
import { nodeBuildFs } from '../../../../build/kbuild/node-build-fs.ts';
import { tccCompiler } from '../../../../build/kbuild/tcc-compiler.ts';
import type { Toolchain } from '../../../../build/kbuild/tools.ts';
import { workerPoolCompiler } from '../../../../build/kbuild/worker-pool.ts';
import {
  loadTccHost,
  NodeFileSource,
  readLibtcc1,
  tccCacheDir,
} from '../../../../build/tcc/node-loader.ts';
import { packNewc } from '../../../../build/cpio/index.ts';

/// tcc.wasm on the calling thread (jobs = 1) or on `jobs` worker threads, with our linker.
export async function tccToolchain(tree: string, jobs = 1): Promise<Toolchain> {
  const fs = nodeBuildFs();
  const host = await loadTccHost();
  const libtcc1 = readLibtcc1();
  const compiler =
    jobs === 1
      ? tccCompiler(host, { fs, tree: new NodeFileSource(tree), libtcc1 })
      : workerPoolCompiler({
          fs,
          tree,
          jobs,
          module: host.wasmModule,
          tccCache: tccCacheDir(),
          libtcc1,
        });
  return { compiler, link: (o) => link(o), pack: packNewc };
}

/// Host gcc with our linker (the `--cc gcc` configuration).
export function gccToolchain(): Toolchain {
  return { compiler: gccCompiler({ jobs: 2 }), link: (o) => link(o), pack: packNewc };
}
