/// The narrow interfaces through which the runner drives its tools. The shipped bindings are the
/// real ones (tcc.wasm or host gcc for compiling, build/link for linking, build/cpio for packing);
/// the runner itself only knows these shapes, so its scheduling and up-to-date logic are the same
/// whichever compiler is chosen.

import type { CpioEntry } from '../cpio/index.ts';
import type { LinkOptions, LinkResult } from '../link/types.ts';
import type { BuildDiagnostic } from './diagnostic.ts';

/// One translation unit to compile. Paths are relative: `source` to the tree root (the compiler
/// runs there, so `-Iinclude` works as under make), `object` to the output root.
export interface CompileJob {
  readonly source: string;
  readonly object: string;
  /// `.c` is C; `.S` is assembly run through the C preprocessor.
  readonly lang: 'c' | 'asm';
  /// Preprocessor and code-generation flags, in order (include paths relative to the tree root).
  readonly flags: readonly string[];
}

/// Where a compile runs: absolute roots of the tree and of the output.
export interface CompileRoots {
  readonly tree: string;
  readonly out: string;
}

/// What a compile produced. The object is written to `out/object` by the compiler binding.
export interface CompileOutcome {
  readonly ok: boolean;
  readonly diagnostics: readonly BuildDiagnostic[];
  /// Files the object depends on, from the `-MD` dependency output: tree-relative when inside the
  /// tree, absolute otherwise (compiler-internal headers). Includes the source itself.
  readonly deps: readonly string[];
}

/// A C compiler and assembler (`.S`) for i386 ELF32 objects.
export interface Compiler {
  /// Name shown in recorded commands (`tcc`, `gcc`).
  readonly name: string;
  /// How many compiles may run at once usefully (worker count, or CPU count for host processes).
  readonly concurrency: number;
  /// The full command line recorded for the up-to-date check (a change forces a recompile).
  command(job: CompileJob): string;
  /// Compiles one job; never rejects for a bad source (that is a failed outcome with diagnostics).
  compile(job: CompileJob, roots: CompileRoots): Promise<CompileOutcome>;
  /// The runtime archive programs link against (tcc's `libtcc1.a`, gcc's `libgcc.a`), if any.
  runtimeLibrary(): Promise<{ readonly name: string; readonly bytes: Uint8Array } | null>;
  /// Resolves once the compiler is warm (its workers started), for hosts that start it ahead of
  /// the first build; absent when there is nothing to wait for.
  ready?(): Promise<void>;
  /// Releases workers or instances.
  close(): Promise<void>;
}

/// The linker: build/link's `link()` (or anything with its contract).
export type LinkFn = (options: LinkOptions) => LinkResult | Promise<LinkResult>;

/// One entry of an initramfs list (gen_init_cpio syntax), file contents resolved: build/cpio's
/// `CpioEntry`.
export type InitramfsEntry = CpioEntry;

/// The initramfs packer: entries in list order -> a newc archive.
export type PackFn = (entries: readonly InitramfsEntry[]) => Uint8Array | Promise<Uint8Array>;

/// The three tools a build needs.
export interface Toolchain {
  readonly compiler: Compiler;
  readonly link: LinkFn;
  readonly pack: PackFn;
}
