/// The initramfs stage: `usr/initramfs.cpio` packed from `usr/initramfs_list` when the list or
/// any file it names changed (so a kernel-only edit does not repack it).

import type { BuildContext } from './build-context.ts';
import { readText } from './build-fs.ts';
import { KbuildError } from './errors.ts';
import { errorText } from './diagnostic.ts';
import { parseInitramfsList, resolveSource, toEntries } from './initramfs-list.ts';
import type { ListLine } from './initramfs-list.ts';
import { INITRAMFS } from './usr-plan.ts';

/// Packs the initramfs; failures are reported, never thrown.
export async function packInitramfs(ctx: BuildContext, list: string): Promise<void> {
  try {
    const lines = parseInitramfsList(list, await readText(ctx.cfg.fs, ctx.treePath(list)));
    const paths = await sourcesOf(ctx, list, lines);
    const inputs = [ctx.treePath(list), ...paths.values()];
    const command = `gen_init_cpio ${list}`;
    if (!(await ctx.needsBuild(INITRAMFS, command, inputs))) return;
    ctx.log('CPIO', INITRAMFS);
    const archive = await ctx.cfg.toolchain.pack(await toEntries(ctx.cfg.fs, lines, paths));
    await ctx.commit(INITRAMFS, archive, command, inputs);
  } catch (err) {
    ctx.fail(INITRAMFS);
    // A packer failure on odd input is still a located build error, never a pipeline crash.
    const e =
      err instanceof KbuildError
        ? err
        : new KbuildError({ file: list }, `cannot pack: ${errorText(err)}`);
    ctx.report({
      file: e.file,
      line: e.line,
      severity: 'error',
      message: e.message,
      stage: 'cpio',
    });
  } finally {
    ctx.tick('cpio');
  }
}

/// The absolute path of every `file` line's source, by list line; throws a located error for a
/// program that failed to build or a source that exists nowhere.
async function sourcesOf(
  ctx: BuildContext,
  list: string,
  lines: readonly ListLine[],
): Promise<Map<number, string>> {
  const paths = new Map<number, string>();
  for (const l of lines.filter((x) => x.kind === 'file')) {
    const src = l.fields[1];
    const at = { file: list, line: l.line };
    if (ctx.failed.has(src.replace(/^\.\//, '')))
      throw new KbuildError(at, `${src} was not built (see the errors above)`);
    const path = await resolveSource(ctx.cfg.fs, ctx.cfg.out, ctx.cfg.tree, src);
    if (!path) throw new KbuildError(at, `${src}: no such file in the build output or the tree`);
    paths.set(l.line, path);
  }
  return paths;
}
