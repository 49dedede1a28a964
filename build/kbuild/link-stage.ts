/// The kernel's link stage: each directory's objects partially linked into `built-in.o`
/// (`ld -r`), deepest first, then `vmlinux` linked from the head objects and the listed
/// directories' `built-in.o` with the tree's linker script, and `System.map` written beside it
/// (filtered as the tree's Makefile filters `nm -n`).
/// A directory with no objects is left out, as an empty `built-in.o` would contribute nothing.

import type { LinkInput, LinkOptions, LinkResult } from '../link/types.ts';
import type { BuildContext } from './build-context.ts';
import { readText } from './build-fs.ts';
import { errorText, fileError } from './diagnostic.ts';
import { reportLinkDiagnostics } from './link-diagnostics.ts';
import type { KernelPlan } from './kernel-plan.ts';

/// Output-relative name of the kernel image.
export const VMLINUX = 'vmlinux';
/// Output-relative name of the symbol map written beside vmlinux.
export const SYSTEM_MAP = 'System.map';

/// Links every directory and vmlinux; failures are reported, never thrown.
export async function linkKernel(ctx: BuildContext, plan: KernelPlan): Promise<LinkResult | null> {
  const empty = new Set<string>();
  for (const d of plan.dirs) {
    const inputs = d.inputs.filter((i) => !empty.has(i));
    if (inputs.length === 0) {
      empty.add(d.output);
      ctx.tick('link');
      continue;
    }
    await linkTarget(
      ctx,
      d.output,
      inputs,
      { mode: 'relocatable' },
      `ld -m elf_i386 -r -o ${d.output}`,
    );
    ctx.tick('link');
  }
  const inputs = plan.vmlinuxInputs.filter((i) => !empty.has(i));
  const script = { name: plan.script, text: await readText(ctx.cfg.fs, ctx.treePath(plan.script)) };
  const options: Omit<LinkOptions, 'inputs'> = {
    mode: 'executable',
    script,
    outputName: VMLINUX,
    wantSystemMap: true,
  };
  const command = `ld -m elf_i386 -T ${plan.script} -o ${VMLINUX}`;
  // System.map is made by the vmlinux link: if it went missing, that link must run again.
  if (!(await ctx.cfg.fs.stat(ctx.outPath(SYSTEM_MAP)))) ctx.state.forget(VMLINUX);
  const result = await linkTarget(ctx, VMLINUX, inputs, options, command, [
    ctx.treePath(plan.script),
  ]);
  ctx.tick('link');
  if (ctx.failed.has(VMLINUX)) {
    // The initramfs may carry System.map: an old one must not be packed with no kernel to match.
    ctx.fail(SYSTEM_MAP);
    await ctx.cfg.fs.remove(ctx.outPath(SYSTEM_MAP));
  }
  if (result?.systemMap != null) {
    ctx.log('SYSMAP', SYSTEM_MAP);
    const text = withoutNoise(result.systemMap);
    await ctx.cfg.fs.writeFile(ctx.outPath(SYSTEM_MAP), new TextEncoder().encode(text));
  }
  return result;
}

/// `nm -n` text filtered as Linux's scripts/mksysmap (and the tree's Makefile) filter it: no
/// absolute, debugger-only, undefined or weak-undefined lines, and no assembler-local labels
/// (`.L*`, and tcc's `L..N`), which would otherwise name an Oops address after a label.
export function withoutNoise(nmText: string): string {
  const noise = / [aNUw] | \.L| L\.\./; // the Makefile's grep -v pattern
  return nmText
    .split('\n')
    .filter((l, i, all) => (l === '' ? i === all.length - 1 : !noise.test(l)))
    .join('\n');
}

/// Links `target` from output-relative `inputs` when stale. Returns the link result when a link
/// ran, null when the target was up to date or could not be attempted.
export async function linkTarget(
  ctx: BuildContext,
  target: string,
  inputs: readonly string[],
  options: Omit<LinkOptions, 'inputs'>,
  commandHead: string,
  extraInputs: readonly string[] = [],
  extraLinkInputs: readonly LinkInput[] = [],
): Promise<LinkResult | null> {
  if (ctx.anyFailed(inputs)) {
    ctx.fail(target);
    return null;
  }
  const command = [commandHead, ...inputs, ...extraLinkInputs.map((i) => i.name)].join(' ');
  const absInputs = [...inputs.map((i) => ctx.outPath(i)), ...extraInputs];
  if (!(await ctx.needsBuild(target, command, absInputs))) return null;
  ctx.log('LD', target);
  const files: LinkInput[] = [];
  for (const i of inputs) files.push({ name: i, bytes: await ctx.cfg.fs.readFile(ctx.outPath(i)) });
  const result = await runLink(ctx, { ...options, inputs: [...files, ...extraLinkInputs] }, target);
  if (result.ok && result.output) {
    await ctx.commit(target, result.output, command, absInputs, options.mode === 'executable');
  } else {
    ctx.fail(target);
    await ctx.cfg.fs.remove(ctx.outPath(target));
  }
  return result;
}

async function runLink(
  ctx: BuildContext,
  options: LinkOptions,
  target: string,
): Promise<LinkResult> {
  let result: LinkResult;
  try {
    result = await ctx.cfg.toolchain.link(options);
  } catch (err) {
    // The linker reports bad inputs as diagnostics; an exception here is a linker bug, which must
    // still surface as a located build error rather than end the pipeline.
    const message = `internal linker error: ${errorText(err)}`;
    const diagnostics = [
      {
        file: target,
        line: 0,
        severity: 'error' as const,
        message,
        kind: 'bad-object' as const,
        text: message,
      },
    ];
    result = { ok: false, output: null, map: null, systemMap: null, entry: 0, diagnostics };
  }
  await reportLinkDiagnostics(ctx, result.diagnostics);
  if (!result.ok && !result.diagnostics.some((d) => d.severity === 'error')) {
    ctx.report(fileError(target, 'link failed', 'link'));
  }
  return result;
}
