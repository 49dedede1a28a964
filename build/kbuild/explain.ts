/// Explanations of the link-time classic mistakes, which need the tree to explain: an undefined
/// reference whose definition sits in a directory the root Makefile never lists (the missing
/// `core-y += MyPrintK/` line, pointed at in the root Makefile), or in a file missing from its
/// directory's `obj-y`. Compiler-message mistakes (an undeclared `printk`, a typo in the syscall
/// table) are explained by build/diagnostics' `explainDiagnostics`.

import type { BuildFs } from './build-fs.ts';
import type { BuildDiagnostic } from './diagnostic.ts';
import type { KernelPlan } from './kernel-plan.ts';
import { readText } from './build-fs.ts';
import { joinPath } from './paths.ts';
import { isCommentLine } from './reference-locator.ts';

/// An explanation, its stable code, and possibly a note located at the line to change.
export interface Explained {
  readonly code: string;
  readonly explanation: string;
  readonly note?: BuildDiagnostic;
}

/// What the explainer needs to know about the tree.
export interface ExplainContext {
  readonly fs: BuildFs;
  readonly tree: string;
  readonly plan: KernelPlan;
}

/// For an undefined reference to `symbol`: why, and an extra note located at the Makefile line to
/// change, when the definition exists in a directory or file the build leaves out.
export async function explainUndefined(ctx: ExplainContext, symbol: string): Promise<Explained> {
  const def = await findDefinition(ctx, symbol);
  if (!def) return notDefined(ctx, symbol);
  const dir = def.file.slice(0, def.file.lastIndexOf('/'));
  const top = dir.split('/')[0];
  if (!ctx.plan.dirSet.has(dir) && !ctx.plan.dirSet.has(top))
    return missingDir(ctx, symbol, def.file, top);
  const obj = def.file.replace(/\.[cS]$/, '.o');
  const site = { file: `${dir}/Makefile`, line: 0 };
  return {
    code: 'missing-obj-y',
    explanation: `${symbol} is defined in ${def.file}, but ${dir}/Makefile does not list ${obj.slice(dir.length + 1)} in obj-y, so it is never compiled.`,
    note: {
      ...site,
      severity: 'note',
      stage: 'tree',
      message: `add '${obj.slice(dir.length + 1)}' to obj-y here (it defines ${symbol})`,
    },
  };
}

async function notDefined(ctx: ExplainContext, symbol: string): Promise<Explained> {
  const near = await findDefinition(ctx, symbol, true);
  const hint = near
    ? ` ${near.file} defines ${near.name}, which differs only in case: did you mean ${near.name}?`
    : '';
  return {
    code: near ? 'symbol-case' : 'undefined-symbol',
    explanation: `nothing in the tree defines ${symbol}: check its spelling where it is used (case matters), or write the function.${hint}`,
  };
}

function missingDir(ctx: ExplainContext, symbol: string, file: string, top: string): Explained {
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
  return { code: 'missing-core-y', explanation, note };
}

/// Looks for a C or assembly definition of `symbol` in the tree's directories (three levels
/// deep, enough for arch/x86/kernel/), skipping hidden directories, usr/ and comment lines. With
/// `ignoreCase`, `name` is the spelling found.
async function findDefinition(
  ctx: ExplainContext,
  symbol: string,
  ignoreCase = false,
): Promise<{ file: string; name: string } | undefined> {
  const sym = symbol.replace(/[$.]/g, '\\$&');
  const base = symbol.startsWith('sys_') ? sym.slice(4) : null;
  const flags = ignoreCase ? 'i' : '';
  const def = new RegExp(
    `^[^;(]*\\b(${sym})\\s*\\([^;]*$|^\\s*(${sym}):|SYSCALL_DEFINE\\d\\(\\s*(${base ?? '\\0'})\\b`,
    flags,
  );
  for (const dir of await subdirs(ctx, '', 3)) {
    for (const f of (await ctx.fs.list(joinPath(ctx.tree, dir))) ?? []) {
      if (!/\.[cS]$/.test(f)) continue;
      const rel = dir === '' ? f : `${dir}/${f}`;
      const text = await readText(ctx.fs, joinPath(ctx.tree, rel)).catch(() => '');
      for (const line of text.split('\n')) {
        const m = isCommentLine(line) ? null : def.exec(line);
        if (m) return { file: rel, name: m[1] ?? m[2] ?? `sys_${m[3]}` };
      }
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
