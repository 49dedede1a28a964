/// Reports a link's diagnostics the way a learner can act on them: an undefined reference is
/// moved from the object and section offset the linker knows to the source line that uses the
/// symbol, and explained once per symbol (the missing `core-y` line, a file left out of `obj-y`,
/// a misspelled name), with a note at the Makefile line to change.

import type { LinkDiagnostic } from '../link/types.ts';
import type { BuildContext } from './build-context.ts';
import type { BuildDiagnostic } from './diagnostic.ts';
import { explainUndefined } from './explain.ts';
import { relativeTo } from './paths.ts';
import { locateReference } from './reference-locator.ts';

/// A linker diagnostic as a build diagnostic (file and line as the linker located it).
export function fromLink(d: LinkDiagnostic): BuildDiagnostic {
  return {
    file: d.file,
    line: d.line,
    column: d.column,
    severity: d.severity,
    message: d.message,
    stage: 'link',
  };
}

/// Reports every diagnostic of one link through `ctx`.
export async function reportLinkDiagnostics(
  ctx: BuildContext,
  diags: readonly LinkDiagnostic[],
): Promise<void> {
  const explained = new Set<string>();
  for (const d of diags) {
    if (d.kind !== 'undefined-reference' || !d.symbol) {
      ctx.report(fromLink(d));
      continue;
    }
    const includes = (obj: string) =>
      ctx.state.inputsOf(obj).map((p) => relativeTo(ctx.cfg.tree, p));
    const use = d.object
      ? await locateReference(ctx.cfg.fs, ctx.cfg.tree, ctx.jobs, d.object, d.symbol, includes)
      : undefined;
    const diag: BuildDiagnostic = { ...fromLink(d), ...(use ?? {}) };
    const first = !explained.has(d.symbol);
    explained.add(d.symbol);
    const why =
      first && ctx.kernel
        ? await explainUndefined({ fs: ctx.cfg.fs, tree: ctx.cfg.tree, plan: ctx.kernel }, d.symbol)
        : undefined;
    ctx.report(why ? { ...diag, code: why.code, explanation: why.explanation } : diag);
    if (why?.note) ctx.report(why.note);
  }
}
