/// The compile stage: every object of the plan whose recorded command, source or headers changed
/// is compiled, as many at once as the compiler allows (worker threads for tcc.wasm, processes
/// for gcc). The dependency list the compiler reports (`-MD`) becomes the object's recorded
/// inputs, so a header edit later rebuilds exactly the objects that included it.

import type { BuildContext } from './build-context.ts';
import { explainDiagnostics } from '../diagnostics/index.ts';
import { readText } from './build-fs.ts';
import type { BuildDiagnostic } from './diagnostic.ts';
import { errorText, fileError } from './diagnostic.ts';
import { isAbsolutePath, joinPath } from './paths.ts';
import type { CompileJob, CompileOutcome } from './tools.ts';

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
  ctx.log(job.lang === 'asm' ? 'AS' : 'CC', job.object);
  const outcome = await runCompiler(ctx, job);
  for (const d of await explain(ctx, outcome.diagnostics)) ctx.report(d);
  if (outcome.ok) {
    await recordObject(ctx, job, outcome.deps);
  } else {
    ctx.fail(job.object);
    await ctx.cfg.fs.remove(ctx.outPath(job.object));
    if (!outcome.diagnostics.some((d) => d.severity === 'error')) {
      const name = ctx.cfg.toolchain.compiler.name;
      ctx.report(fileError(job.source, `${name} failed without a message`, 'compile'));
    }
  }
  ctx.tick('compile');
}

async function runCompiler(ctx: BuildContext, job: CompileJob): Promise<CompileOutcome> {
  try {
    return await ctx.cfg.toolchain.compiler.compile(job, { tree: ctx.cfg.tree, out: ctx.cfg.out });
  } catch (err) {
    // A compiler binding that breaks (a crashed worker, a missing host tool) is a build error on
    // this file, not a crash of the whole pipeline.
    return { ok: false, deps: [], diagnostics: [fileError(job.source, errorText(err), 'compile')] };
  }
}

/// Records a fresh object with its source and every file its dependency output named.
async function recordObject(
  ctx: BuildContext,
  job: CompileJob,
  deps: readonly string[],
): Promise<void> {
  ctx.state.touched(ctx.outPath(job.object));
  const source = ctx.treePath(job.source);
  const abs = deps.map((d) => (isAbsolutePath(d) ? d : joinPath(ctx.cfg.tree, d)));
  const inputs = abs.includes(source) ? abs : [source, ...abs];
  await ctx.state.record(job.object, ctx.cfg.toolchain.compiler.command(job), inputs);
  ctx.rebuilt.push(job.object);
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
