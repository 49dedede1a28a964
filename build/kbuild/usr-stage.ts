/// The userland stage: `usr/lib/libc.a` archived from the `libc-y` objects, then every program
/// of `progs-y` linked statically at 0x08048000 (the linker's default user script) from the start
/// files, its objects, libc.a and the compiler's runtime library (tcc's `libtcc1.a`).

import type { LinkInput } from '../link/types.ts';
import { ElfFormatError } from '../elf/errors.ts';
import { writeArchive } from './ar-writer.ts';
import type { BuildContext } from './build-context.ts';
import { hashBytes } from './hash.ts';
import { linkTarget } from './link-stage.ts';
import type { UserPlan } from './usr-plan.ts';
import { LIBC_ARCHIVE } from './usr-plan.ts';

/// Archives libc and links every program; failures are reported, never thrown.
export async function buildUser(ctx: BuildContext, plan: UserPlan): Promise<void> {
  await archiveLibc(ctx, plan.libc);
  ctx.tick('usr');
  const runtime = await ctx.cfg.toolchain.compiler.runtimeLibrary();
  // The runtime library lives outside the tree; its content hash in the command makes a new
  // compiler build relink the programs.
  const extra: LinkInput[] = runtime ? [runtime] : [];
  const tag = runtime ? ` (${runtime.name} ${runtimeHash(runtime.bytes)})` : '';
  for (const prog of plan.programs) {
    const inputs = [...plan.crt, ...prog.objects, LIBC_ARCHIVE];
    const head = `ld -m elf_i386 -static -e _start${tag} -o ${prog.output}`;
    await linkTarget(
      ctx,
      prog.output,
      inputs,
      { mode: 'executable', entry: '_start', outputName: prog.output },
      head,
      [],
      extra,
    );
    ctx.tick('usr');
  }
}

const runtimeHashes = new WeakMap<Uint8Array, string>();

/// The runtime library's hash, computed once per loaded copy (it is the same every build).
function runtimeHash(bytes: Uint8Array): string {
  let h = runtimeHashes.get(bytes);
  if (h === undefined) runtimeHashes.set(bytes, (h = hashBytes(bytes)));
  return h;
}

async function archiveLibc(ctx: BuildContext, members: readonly string[]): Promise<void> {
  if (ctx.anyFailed(members)) {
    ctx.fail(LIBC_ARCHIVE);
    return;
  }
  const command = `ar rcsD ${LIBC_ARCHIVE} ${members.join(' ')}`;
  const inputs = members.map((m) => ctx.outPath(m));
  if (!(await ctx.needsBuild(LIBC_ARCHIVE, command, inputs))) return;
  ctx.log('AR', LIBC_ARCHIVE);
  try {
    const files = [];
    for (const m of members)
      files.push({ name: m, bytes: await ctx.cfg.fs.readFile(ctx.outPath(m)) });
    await ctx.commit(LIBC_ARCHIVE, writeArchive(files), command, inputs);
  } catch (err) {
    ctx.fail(LIBC_ARCHIVE);
    const file = err instanceof ElfFormatError ? err.file : LIBC_ARCHIVE;
    const message = err instanceof Error ? err.message : String(err);
    ctx.report({ file, line: 0, severity: 'error', message, stage: 'archive' });
  }
}
