/// The userland half of the plan, from `usr/Makefile` (contract section 2): the start files
/// (`crt-y`), the objects of `usr/lib/libc.a` (`libc-y`), and each program of `progs-y` linked
/// statically from its objects (`P.o`, or `P-objs`), plus the initramfs list. All paths are
/// relative to the tree root (and mirrored under the output root).

import type { BuildFs } from './build-fs.ts';
import { TreeError } from './errors.ts';
import type { SourceLocation } from './errors.ts';
import type { CompilerFamily } from './flags.ts';
import { userObjectFlags } from './flags.ts';
import type { MakeVars } from './make-vars.ts';
import { readMakefile } from './makefile-reader.ts';
import { siteOf } from './kernel-plan.ts';
import { joinPath, normalizePath } from './paths.ts';
import type { CompileJob } from './tools.ts';

/// The archive of libc objects, output-relative.
export const LIBC_ARCHIVE = 'usr/lib/libc.a';
/// The packed initramfs, output-relative.
export const INITRAMFS = 'usr/initramfs.cpio';
/// The initramfs list, tree-relative.
export const INITRAMFS_LIST = 'usr/initramfs_list';

/// One user program: its output-relative path and its own objects (start files not included).
export interface ProgramLink {
  readonly output: string;
  readonly objects: readonly string[];
}

/// The userland build: compiles, the archive, the programs and the list to pack.
export interface UserPlan {
  readonly compiles: readonly CompileJob[];
  readonly crt: readonly string[];
  readonly libc: readonly string[];
  readonly programs: readonly ProgramLink[];
  /// Tree-relative initramfs list, or null when the tree has none.
  readonly list: string | null;
}

/// Plans `usr/`; resolves to null when the tree has no `usr/Makefile`.
export async function planUser(
  fs: BuildFs,
  tree: string,
  family: CompilerFamily,
  initial?: Readonly<Record<string, string>>,
): Promise<UserPlan | null> {
  if (!(await fs.stat(joinPath(tree, 'usr/Makefile')))) return null;
  const vars = await readMakefile('usr/Makefile', { fs, root: tree, initial });
  const compiles: CompileJob[] = [];
  const add = async (obj: string, at: SourceLocation) => {
    const object = normalizePath(obj);
    if (!compiles.some((c) => c.object === object))
      compiles.push(await userCompile(fs, tree, vars, object, at, family));
    return object;
  };
  const listOf = async (name: string) => {
    const out: string[] = [];
    for (const w of vars.words(name)) out.push(await add(w, siteOf(vars, name, w)));
    return out;
  };
  const crt = await listOf('crt-y');
  const libc = await listOf('libc-y');
  const programs: ProgramLink[] = [];
  for (const prog of vars.words('progs-y')) {
    const at = siteOf(vars, 'progs-y', prog);
    const own = vars.has(`${prog}-objs`) ? vars.words(`${prog}-objs`) : [`${prog}.o`];
    const objects: string[] = [];
    for (const o of own)
      objects.push(await add(o, vars.has(`${prog}-objs`) ? siteOf(vars, `${prog}-objs`, o) : at));
    programs.push({ output: normalizePath(prog), objects });
  }
  const list = (await fs.stat(joinPath(tree, INITRAMFS_LIST))) ? INITRAMFS_LIST : null;
  return { compiles, crt, libc, programs, list };
}

async function userCompile(
  fs: BuildFs,
  tree: string,
  vars: MakeVars,
  object: string,
  at: SourceLocation,
  family: CompilerFamily,
): Promise<CompileJob> {
  if (!object.endsWith('.o'))
    throw new TreeError(at, `'${object}' is not an object file name (x.o)`);
  const stem = object.slice(0, -2);
  for (const [ext, lang] of [
    ['.c', 'c'],
    ['.S', 'asm'],
  ] as const) {
    if (await fs.stat(joinPath(tree, stem + ext))) {
      return { source: stem + ext, object, lang, flags: userObjectFlags(vars, lang, family) };
    }
  }
  throw new TreeError(at, `no source for '${object}': neither ${stem}.c nor ${stem}.S exists`);
}
