/// Turns the tree's Makefiles into the kernel's build plan, the way Kbuild descends: the root
/// Makefile's `head-y` objects and `init-y core-y drivers-y libs-y` directories (in that order, as
/// in Linux 2.6.33), each directory's `obj-y` (objects and subdirectories, in order), every
/// directory partially linked into `dir/built-in.o`, and `vmlinux` linked with `KBUILD_LDS`.
/// A missing directory or source, or a directory loop, is a located `TreeError`.

import type { BuildFs } from './build-fs.ts';
import { TreeError } from './errors.ts';
import type { SourceLocation } from './errors.ts';
import type { CompilerFamily, KernelFlags } from './flags.ts';
import { kernelFlags, kernelObjectFlags } from './flags.ts';
import type { MakeVars } from './make-vars.ts';
import { readMakefile } from './makefile-reader.ts';
import { joinPath, normalizePath } from './paths.ts';
import type { CompileJob } from './tools.ts';

/// How deep obj-y subdirectories may nest (a symbolic-link loop would otherwise recurse forever).
const MAX_DEPTH = 32;

/// The link order of the root Makefile's directory lists.
export const DIR_LISTS = ['init-y', 'core-y', 'drivers-y', 'libs-y'] as const;

/// One directory's partial link: its objects and subdirectories' `built-in.o`, in `obj-y` order.
export interface DirLink {
  /// Tree-relative directory without trailing slash (`MyPrintK`).
  readonly dir: string;
  /// Output-relative `dir/built-in.o`.
  readonly output: string;
  readonly inputs: readonly string[];
}

/// Everything the kernel half of a build does, in dependency order.
export interface KernelPlan {
  readonly root: MakeVars;
  readonly compiles: readonly CompileJob[];
  /// Deepest directories first, so each link finds its subdirectories' outputs.
  readonly dirs: readonly DirLink[];
  /// Inputs of `vmlinux`, in link order (head objects, then each listed directory's built-in.o).
  readonly vmlinuxInputs: readonly string[];
  /// Tree-relative linker script.
  readonly script: string;
  /// Every directory in the build (tree-relative, no slash), for explanations.
  readonly dirSet: ReadonlySet<string>;
}

/// How to plan: the tree and the compiler family (which decides the flags).
export interface PlanConfig {
  readonly fs: BuildFs;
  /// Absolute tree root.
  readonly tree: string;
  readonly family: CompilerFamily;
  /// Variables given as if on make's command line.
  readonly initial?: Readonly<Record<string, string>>;
}

interface Walk {
  readonly cfg: PlanConfig;
  readonly flags: KernelFlags;
  readonly compiles: CompileJob[];
  readonly dirs: DirLink[];
  readonly seen: Map<string, SourceLocation>;
}

/// Reads the root Makefile and every listed directory. Rejects with a MakefileError or TreeError.
export async function planKernel(cfg: PlanConfig): Promise<KernelPlan> {
  const root = await readMakefile('Makefile', { fs: cfg.fs, root: cfg.tree, initial: cfg.initial });
  const walk: Walk = { cfg, flags: kernelFlags(root), compiles: [], dirs: [], seen: new Map() };
  const vmlinuxInputs: string[] = [];
  for (const obj of root.words('head-y')) {
    const at = siteOf(root, 'head-y', obj);
    vmlinuxInputs.push(await addObject(walk, root, normalizePath(obj), at));
  }
  for (const list of DIR_LISTS) {
    for (const entry of root.words(list)) {
      const at = siteOf(root, list, entry);
      if (!entry.endsWith('/')) {
        throw new TreeError(at, `${list} entry '${entry}' must be a directory with a trailing '/'`);
      }
      const out = await walkDir(walk, normalizePath(entry), at, []);
      if (out) vmlinuxInputs.push(out);
    }
  }
  const script = root.get('KBUILD_LDS').trim();
  if (script === '')
    throw new TreeError({ file: 'Makefile', line: 0 }, 'KBUILD_LDS (the linker script) is not set');
  if (!(await cfg.fs.stat(joinPath(cfg.tree, script)))) {
    throw new TreeError(root.definedAt('KBUILD_LDS'), `linker script '${script}' does not exist`);
  }
  const dirSet = new Set(walk.dirs.map((d) => d.dir));
  return { root, compiles: walk.compiles, dirs: walk.dirs, vmlinuxInputs, script, dirSet };
}

/// Plans directory `dir` and its subdirectories; returns its built-in.o, or null when already
/// planned (listed twice: linking it twice would only give "multiple definition" errors).
async function walkDir(
  w: Walk,
  dir: string,
  at: SourceLocation,
  stack: string[],
): Promise<string | null> {
  if (stack.includes(dir)) {
    throw new TreeError(at, `directory loop: ${[...stack, dir].map((d) => `${d}/`).join(' -> ')}`);
  }
  if (stack.length >= MAX_DEPTH) {
    throw new TreeError(
      at,
      `directories nested deeper than ${MAX_DEPTH} levels at '${dir}/' (a symbolic link loop?)`,
    );
  }
  if (w.seen.has(dir)) return null;
  w.seen.set(dir, at);
  const vars = await dirMakefile(w, dir, at);
  const inputs: string[] = [];
  for (const entry of vars.words('obj-y')) {
    const where = siteOf(vars, 'obj-y', entry);
    const path = normalizePath(`${dir}/${entry}`);
    if (entry.endsWith('/')) {
      const sub = await walkDir(w, path, where, [...stack, dir]);
      if (sub) inputs.push(sub);
    } else if (entry.endsWith('.o')) {
      inputs.push(await addObject(w, vars, path, where));
    } else {
      throw new TreeError(
        where,
        `obj-y entry '${entry}' must be an object 'x.o' or a directory 'x/'`,
      );
    }
  }
  const output = `${dir}/built-in.o`;
  w.dirs.push({ dir, output, inputs });
  return output;
}

/// Reads `dir/Makefile`; a missing directory or Makefile is an error at the line listing `dir`.
async function dirMakefile(w: Walk, dir: string, at: SourceLocation): Promise<MakeVars> {
  const st = await w.cfg.fs.stat(joinPath(w.cfg.tree, dir));
  if (!st?.isDirectory) throw new TreeError(at, `directory '${dir}/' does not exist`);
  const makefile = `${dir}/Makefile`;
  if (!(await w.cfg.fs.stat(joinPath(w.cfg.tree, makefile)))) {
    throw new TreeError(at, `'${dir}/' has no Makefile (it needs one listing obj-y)`);
  }
  return readMakefile(makefile, { fs: w.cfg.fs, root: w.cfg.tree, initial: w.cfg.initial });
}

/// Plans the compile of object `obj` (tree-relative `.o`) from its `.c` or `.S`.
async function addObject(
  w: Walk,
  vars: MakeVars,
  obj: string,
  at: SourceLocation,
): Promise<string> {
  if (!obj.endsWith('.o')) throw new TreeError(at, `'${obj}' is not an object file name (x.o)`);
  const stem = obj.slice(0, -2);
  for (const [ext, lang] of [
    ['.c', 'c'],
    ['.S', 'asm'],
  ] as const) {
    const source = stem + ext;
    if (await w.cfg.fs.stat(joinPath(w.cfg.tree, source))) {
      const name = obj.slice(obj.lastIndexOf('/') + 1);
      const flags = kernelObjectFlags(w.flags, vars, name, lang, w.cfg.family);
      if (!w.compiles.some((c) => c.object === obj))
        w.compiles.push({ source, object: obj, lang, flags });
      return obj;
    }
  }
  throw new TreeError(at, `no source for '${obj}': neither ${stem}.c nor ${stem}.S exists`);
}

/// The assignment line of `name` whose text mentions `word` (else the last one), for locating a
/// problem with one entry of a list.
export function siteOf(vars: MakeVars, name: string, word: string): SourceLocation {
  const sites = vars.sites(name);
  const bare = word.replace(/\/$/, '');
  const hit = sites.find((s) => s.text.split(/\s+/).some((t) => t.replace(/\/$/, '') === bare));
  const site = hit ?? sites.at(-1);
  return site ? { file: site.file, line: site.line } : { file: 'Makefile', line: 0 };
}
