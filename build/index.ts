// The build/ library's public face for the app: the Kbuild runner (plan, incremental stages,
// typed events, diagnostics) and its tool interfaces. `createNodeRunner` binds the real tools
// (tcc.wasm or gcc, build/link, the initramfs packer) over the host file system for the Electron
// main process and the CLI; the other exports have no Node dependency.
export { KbuildRunner, STATE_FILE } from './kbuild/runner.ts';
export type { BuildResult, BuildTarget } from './kbuild/runner.ts';
export type { BuildConfig } from './kbuild/build-context.ts';
export type { BuildEventMap, BuildStage, LogTag, Listener } from './kbuild/events.ts';
export { kbuildLine } from './kbuild/events.ts';
export type { BuildDiagnostic } from './kbuild/diagnostic.ts';
export type { BuildFs, FileStat } from './kbuild/build-fs.ts';
export { MemoryBuildFs } from './kbuild/memory-build-fs.ts';
export type {
  CompileJob,
  CompileOutcome,
  CompileRoots,
  Compiler,
  InitramfsEntry,
  LinkFn,
  PackFn,
  Toolchain,
} from './kbuild/tools.ts';
export type { CompilerFamily } from './kbuild/flags.ts';
export { KbuildError, MakefileError, TreeError } from './kbuild/errors.ts';
export { readMakefile, parseMakefile } from './kbuild/makefile-reader.ts';
export type { ReadMakefileConfig } from './kbuild/makefile-reader.ts';
export { MakeVars } from './kbuild/make-vars.ts';
export { LIBC_ARCHIVE, INITRAMFS, INITRAMFS_LIST } from './kbuild/usr-plan.ts';
export { VMLINUX, SYSTEM_MAP } from './kbuild/link-stage.ts';
export { tccCompiler } from './kbuild/tcc-compiler.ts';
export { writeArchive } from './kbuild/ar-writer.ts';
export { createNodeRunner, createNodeToolchain, defaultJobs } from './kbuild/node-toolchain.ts';
export type { CompilerChoice, NodeBuildConfig } from './kbuild/node-toolchain.ts';
export { nodeBuildFs } from './kbuild/node-build-fs.ts';
