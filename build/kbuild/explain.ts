/// Explanations of the classic mistakes of the lab, attached to the diagnostic the tool printed:
/// an undefined reference whose definition sits in a directory the root Makefile never lists
/// (the missing `core-y += MyPrintK/` line, pointed at in the root Makefile), an object missing
/// from its directory's `obj-y`, a malformed `syscall_table_32.S` entry, and a call to `printk`
/// (or another kernel function) without the header that declares it.

import type { BuildFs } from './build-fs.ts';
import type { BuildDiagnostic } from './diagnostic.ts';
import type { KernelPlan } from './kernel-plan.ts';
import { readText } from './build-fs.ts';
import { joinPath } from './paths.ts';

/// Kernel functions a learner calls, and the header that declares each.
const DECLARED_IN: Readonly<Record<string, string>> = {
  printk: 'linux/kernel.h',
  copy_from_user: 'asm/uaccess.h',
  copy_to_user: 'asm/uaccess.h',
  strncpy_from_user: 'asm/uaccess.h',
  kmalloc: 'linux/slab.h',
  kfree: 'linux/slab.h',
};

/// The explanation for a compiler diagnostic, if it is a classic mistake.
export function explainCompile(d: BuildDiagnostic): string | undefined {
  const implicit = /implicit declaration of function '?[`‘']?([A-Za-z_]\w*)/.exec(d.message);
  if (implicit) {
    const header = DECLARED_IN[implicit[1]];
    if (header)
      return `${implicit[1]}() is declared in <${header}>: add '#include <${header}>' at the top of ${d.file}.`;
    return `nothing declares ${implicit[1]}() before this call: include the header that declares it, or check the spelling.`;
  }
  if (d.severity === 'error' && /(^|\/)syscall_table_32\.S$/.test(d.file)) {
    return (
      "each entry of the system call table is one line '.long sys_<name>' naming a function " +
      "the kernel defines: one symbol, no spaces (the lecture slide shows 'sys MyPrintK' with a space: it must be sys_MyPrintK)."
    );
  }
  return undefined;
}

/// What the explainer needs to know about the tree.
export interface ExplainContext {
  readonly fs: BuildFs;
  readonly tree: string;
  readonly plan: KernelPlan;
}

/// For an undefined reference to `symbol`: why, and an extra note located at the Makefile line to
/// change, when the definition exists in a directory or file the build leaves out.
export async function explainUndefined(
  ctx: ExplainContext,
  symbol: string,
): Promise<{ explanation: string; note?: BuildDiagnostic } | undefined> {
  const def = await findDefinition(ctx, symbol);
  if (!def) {
    return {
      explanation: `nothing in the tree defines ${symbol}: check its spelling where it is used, or write the function.`,
    };
  }
  const dir = def.file.slice(0, def.file.lastIndexOf('/'));
  const top = dir.split('/')[0];
  if (!ctx.plan.dirSet.has(dir) && !ctx.plan.dirSet.has(top))
    return missingDir(ctx, symbol, def.file, top);
  const obj = def.file.replace(/\.[cS]$/, '.o');
  const site = { file: `${dir}/Makefile`, line: 0 };
  return {
    explanation: `${symbol} is defined in ${def.file}, but ${dir}/Makefile does not list ${obj.slice(dir.length + 1)} in obj-y, so it is never compiled.`,
    note: {
      ...site,
      severity: 'note',
      stage: 'tree',
      message: `add '${obj.slice(dir.length + 1)}' to obj-y here (it defines ${symbol})`,
    },
  };
}

function missingDir(ctx: ExplainContext, symbol: string, file: string, top: string) {
  const sites = ctx.plan.root.sites('core-y');
  const last = sites.at(-1);
  const where = last ? ` (after line ${last.line}, the last core-y line)` : '';
  const explanation =
    `${symbol} is defined in ${file}, but ${top}/ is not part of the kernel build: no line of the root ` +
    `Makefile adds it to core-y, so ${file} is never compiled or linked. Add 'core-y += ${top}/' to Makefile${where}.`;
  const note: BuildDiagnostic = {
    file: last?.file ?? 'Makefile',
    line: last?.line ?? 0,
    severity: 'note',
    stage: 'tree',
    message: `missing line 'core-y += ${top}/' (${top}/ defines ${symbol})`,
    sourceLine: last ? `core-y ${last.op} ${last.text}` : undefined,
  };
  return { explanation, note };
}

/// Looks for a C or assembly definition of `symbol` in the tree's directories (two levels deep),
/// skipping the output and hidden directories.
async function findDefinition(
  ctx: ExplainContext,
  symbol: string,
): Promise<{ file: string } | undefined> {
  const name = symbol.startsWith('sys_') ? symbol.slice(4) : null;
  const c = new RegExp(
    `^[^;(]*\\b${symbol}\\s*\\([^;]*$|^\\s*${symbol}:|SYSCALL_DEFINE\\d\\(\\s*${name ?? '\\0'}\\b`,
    'm',
  );
  for (const dir of await subdirs(ctx, '', 2)) {
    for (const f of (await ctx.fs.list(joinPath(ctx.tree, dir))) ?? []) {
      if (!/\.[cS]$/.test(f)) continue;
      const rel = dir === '' ? f : `${dir}/${f}`;
      const text = await readText(ctx.fs, joinPath(ctx.tree, rel)).catch(() => '');
      if (c.test(text)) return { file: rel };
    }
  }
  return undefined;
}

async function subdirs(ctx: ExplainContext, dir: string, depth: number): Promise<string[]> {
  const out = [dir];
  if (depth === 0) return out;
  for (const name of (await ctx.fs.list(joinPath(ctx.tree, dir))) ?? []) {
    if (name.startsWith('.') || name === 'usr') continue;
    const rel = dir === '' ? name : `${dir}/${name}`;
    if ((await ctx.fs.stat(joinPath(ctx.tree, rel)))?.isDirectory)
      out.push(...(await subdirs(ctx, rel, depth - 1)));
  }
  return out;
}
