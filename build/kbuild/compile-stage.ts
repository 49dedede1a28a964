/// The compile stage: every object of the plan whose recorded command, source or headers changed
/// is compiled, as many at once as the compiler allows (worker threads for tcc.wasm, processes
/// for gcc). The dependency list the compiler reports (`-MD`) becomes the object's recorded
/// inputs, so a header edit later rebuilds exactly the objects that included it.

import type { BuildContext } from './build-context.ts';
import { explainDiagnostics } from '../diagnostics/index.ts';
import { readText } from './build-fs.ts';
import type { BuildDiagnostic } from './diagnostic.ts';
import { joinPath } from './paths.ts';
import type { CompileJob } from './tools.ts';

/// Compiles the stale jobs among `jobs`; failures are reported and recorded, never thrown.
export async function compileStage(ctx: BuildContext, jobs: readonly CompileJob[]): Promise<void> {
  const compiler = ctx.cfg.toolchain.compiler;
  const stale: CompileJob[] = [];
  for (const job of jobs) {
    const command = compiler.command(job);
    if (await ctx.needsBuild(job.object, command, [ctx.treePath(job.source)])) stale.push(job);
    else ctx.tick('compile');
  }
  let next = 0;
  const lane = async () => {
    while (next < stale.length) await compileOne(ctx, stale[next++]);
  };
  const lanes = Math.max(1, Math.min(compiler.concurrency, stale.length));
  await Promise.all(Array.from({ length: lanes }, lane));
}

async function compileOne(ctx: BuildContext, job: CompileJob): Promise<void> {
  const compiler = ctx.cfg.toolchain.compiler;
  ctx.log(job.lang === 'asm' ? 'AS' : 'CC', job.object);
  const roots = { tree: ctx.cfg.tree, out: ctx.cfg.out };
  let outcome;
  try {
    outcome = await compiler.compile(job, roots);
  } catch (err) {
    // A compiler binding that breaks (a crashed worker, a missing host tool) is a build error on
    // this file, not a crash of the whole pipeline.
    const message = err instanceof Error ? err.message : String(err);
    outcome = {
      ok: false,
      deps: [],
      diagnostics: [
        {
          file: job.source,
          line: 0,
          severity: 'error' as const,
          message,
          stage: 'compile' as const,
        },
      ],
    };
  }
  for (const d of await explain(ctx, outcome.diagnostics)) ctx.report(d);
  if (outcome.ok) {
    ctx.state.touched(ctx.outPath(job.object));
    const deps = outcome.deps.map((d) => (d.startsWith('/') ? d : joinPath(ctx.cfg.tree, d)));
    const inputs = deps.includes(ctx.treePath(job.source))
      ? deps
      : [ctx.treePath(job.source), ...deps];
    await ctx.state.record(job.object, compiler.command(job), inputs);
    ctx.rebuilt.push(job.object);
  } else {
    ctx.fail(job.object);
    await ctx.cfg.fs.remove(ctx.outPath(job.object));
    if (!outcome.diagnostics.some((d) => d.severity === 'error')) {
      ctx.report({
        file: job.source,
        line: 0,
        severity: 'error',
        message: `${compiler.name} failed without a message`,
        stage: 'compile',
      });
    }
  }
  ctx.tick('compile');
}

/// Adds source lines, columns and classic-mistake explanations (build/diagnostics' rules) to a
/// compile's diagnostics; the files they name are read first, as the rules read synchronously.
async function explain(
  ctx: BuildContext,
  diags: readonly BuildDiagnostic[],
): Promise<BuildDiagnostic[]> {
  const texts = new Map<string, string | null>();
  for (const d of diags) {
    if (d.line > 0 && !texts.has(d.file)) {
      texts.set(d.file, await readText(ctx.cfg.fs, ctx.treePath(d.file)).catch(() => null));
    }
  }
  return explainDiagnostics(diags, (f) => texts.get(f) ?? null).map((d, i) => ({
    ...d,
    stage: diags[i].stage,
  }));
}
