/// The initramfs stage: `usr/initramfs.cpio` packed from `usr/initramfs_list` (build/cpio's list
/// parser and newc writer) when the list or any file it names changed, so a kernel-only edit does
/// not repack it. A `file` line's SRC is looked up under the build output first (the programs
/// just built), then in the tree (data files), since the list is shared with the in-tree make.

import { CpioListError, parseCpioList } from '../cpio/index.ts';
import type { BuildContext } from './build-context.ts';
import { readText } from './build-fs.ts';
import { errorText } from './diagnostic.ts';
import { SYSTEM_MAP } from './link-stage.ts';
import { joinPath } from './paths.ts';
import { INITRAMFS } from './usr-plan.ts';

const NOTHING = new Uint8Array(0);

/// Packs the initramfs; failures are reported, never thrown.
export async function packInitramfs(ctx: BuildContext, list: string): Promise<void> {
  let sources = new Map<string, string | null>();
  try {
    const text = await readText(ctx.cfg.fs, ctx.treePath(list));
    // First pass: the list's syntax, and which sources it names.
    const named: string[] = [];
    parseCpioList(list, text, (src) => (named.push(src), NOTHING));
    sources = await locate(ctx, named);
    // A source found nowhere fails at its own line, before anything is read.
    parseCpioList(list, text, (src) => (sources.get(src) ? NOTHING : null));
    const inputs = [
      ctx.treePath(list),
      ...[...sources.values()].filter((p): p is string => p !== null),
    ];
    const command = `gen_init_cpio ${list}`;
    if (!(await ctx.needsBuild(INITRAMFS, command, inputs))) return;
    ctx.log('CPIO', INITRAMFS);
    const data = await readAll(ctx, sources);
    const entries = parseCpioList(list, text, (src) => data.get(src) ?? null);
    await ctx.commit(INITRAMFS, await ctx.cfg.toolchain.pack(entries), command, inputs);
  } catch (err) {
    ctx.fail(INITRAMFS);
    report(ctx, list, err, sources);
  } finally {
    ctx.tick('cpio');
  }
}

/// Each source's absolute path: under the output if built there, else in the tree, else null.
async function locate(
  ctx: BuildContext,
  named: readonly string[],
): Promise<Map<string, string | null>> {
  const found = new Map<string, string | null>();
  for (const src of named) {
    let path: string | null = null;
    for (const base of [ctx.cfg.out, ctx.cfg.tree]) {
      const st = await ctx.cfg.fs.stat(joinPath(base, src));
      if (st && !st.isDirectory && !ctx.failed.has(src.replace(/^\.\//, '')))
        path = path ?? joinPath(base, src);
    }
    found.set(src, path);
  }
  return found;
}

async function readAll(
  ctx: BuildContext,
  sources: ReadonlyMap<string, string | null>,
): Promise<Map<string, Uint8Array>> {
  const data = new Map<string, Uint8Array>();
  for (const [src, path] of sources) if (path) data.set(src, await ctx.cfg.fs.readFile(path));
  return data;
}

/// A located diagnostic for a list or packer failure; a program that failed to build is named
/// as such rather than as a missing file.
function report(
  ctx: BuildContext,
  list: string,
  err: unknown,
  sources: ReadonlyMap<string, string | null>,
): void {
  if (!(err instanceof CpioListError)) {
    ctx.report({
      file: list,
      line: 0,
      severity: 'error',
      message: `cannot pack: ${errorText(err)}`,
      stage: 'cpio',
    });
    return;
  }
  const src = /^cannot open '(.+)'$/.exec(err.message)?.[1];
  const unbuilt = src !== undefined && sources.has(src) && ctx.failed.has(src.replace(/^\.\//, ''));
  let message = unbuilt ? `${src} was not built (see the errors above)` : err.message;
  // A user-only build before any kernel build has no System.map yet.
  if (!unbuilt && src === SYSTEM_MAP)
    message = `${err.message}: it is made by linking vmlinux, so build the kernel first`;
  ctx.report({ file: err.file, line: err.line, severity: 'error', message, stage: 'cpio' });
}
