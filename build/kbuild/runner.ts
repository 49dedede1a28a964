/// The Kbuild runner: plans the build from the tree's Makefiles, then compiles, links the kernel,
/// builds the userland and packs the initramfs, each step only when its recorded command or
/// inputs changed. It reports through a typed emitter (log lines, progress, diagnostics, target
/// decisions, a summary) and never throws for bad input: every problem is a diagnostic.

import { LocatedError } from '../elf/errors.ts';
import { BuildContext } from './build-context.ts';
import type { BuildConfig } from './build-context.ts';
import { BuildState } from './build-state.ts';
import { compileStage } from './compile-stage.ts';
import { packInitramfs } from './cpio-stage.ts';
import type { BuildDiagnostic } from './diagnostic.ts';
import { errorText, fileError } from './diagnostic.ts';
import { TypedEmitter } from './events.ts';
import type { BuildEventMap, BuildStage } from './events.ts';
import { planKernel } from './kernel-plan.ts';
import { PlanCache } from './plan-cache.ts';
import type { KernelPlan } from './kernel-plan.ts';
import { MakefileError } from './errors.ts';
import { linkKernel, SYSTEM_MAP, VMLINUX } from './link-stage.ts';
import { buildUser } from './usr-stage.ts';
import { planUser } from './usr-plan.ts';
import type { UserPlan } from './usr-plan.ts';
import { INITRAMFS } from './usr-plan.ts';

/// The state file kept in the output directory (Kbuild's `.cmd` files in one document).
export const STATE_FILE = '.kbuild-state.json';

/// What a build produced: success, every diagnostic, what was rebuilt, and per-stage times.
export interface BuildResult {
  readonly ok: boolean;
  readonly diagnostics: readonly BuildDiagnostic[];
  /// Output-relative targets rebuilt by this run, in the order they were made.
  readonly rebuilt: readonly string[];
  /// Absolute paths of the outputs (present when `ok`).
  readonly outputs: {
    readonly vmlinux: string;
    readonly systemMap: string;
    readonly initramfs: string | null;
  };
  readonly stages: Readonly<Record<BuildStage, number>>;
  readonly ms: number;
}

/// What to build: everything, the kernel (vmlinux, System.map) or the userland (libc,
/// programs, initramfs).
export type BuildTarget = 'all' | 'kernel' | 'user';

/// Builds one tree into one output directory, as often as asked (a warm app keeps it and its
/// compiler alive between builds). Subscribe with `on(name, fn)` before calling `build()`.
export class KbuildRunner extends TypedEmitter<BuildEventMap> {
  private last: Promise<unknown> = Promise.resolve();
  private queued: { promise: Promise<BuildResult>; target: BuildTarget } | null = null;
  /// The last plan, reused while no Makefile or source presence changed (warm rebuilds).
  private readonly plans: PlanCache<readonly [KernelPlan, UserPlan | null]>;
  private state: BuildState | null = null;

  constructor(private readonly config: BuildConfig) {
    super();
    this.plans = new PlanCache(config.fs);
  }

  /// Runs one build after any build in progress (so edits saved meanwhile are seen). Calls made
  /// while a build is already waiting to start share that build (widened to 'all' if they ask
  /// for different targets). Never rejects for bad input: problems are diagnostics.
  build(target: BuildTarget = 'all'): Promise<BuildResult> {
    if (this.queued) {
      if (this.queued.target !== target) this.queued.target = 'all';
      return this.queued.promise;
    }
    const queued = { target } as { target: BuildTarget; promise: Promise<BuildResult> };
    queued.promise = this.last.then(() => {
      this.queued = null;
      return this.run(queued.target);
    });
    this.queued = queued;
    this.last = queued.promise.catch(() => undefined);
    return queued.promise;
  }

  /// The build state: read once, then kept (a warm runner saves a JSON parse per build).
  private async loadState(): Promise<BuildState> {
    this.state ??= await BuildState.load(this.config.fs, `${this.config.out}/${STATE_FILE}`);
    this.state.beginBuild();
    return this.state;
  }

  /// Resolves once the compiler is warm (worker threads started): an app calls it at launch so
  /// the first build does not wait for them.
  async warmUp(): Promise<void> {
    await this.config.toolchain.compiler.ready?.();
  }

  /// Releases the compiler's workers.
  async close(): Promise<void> {
    await this.config.toolchain.compiler.close();
  }

  private async run(target: BuildTarget): Promise<BuildResult> {
    const t0 = now();
    const stages: Record<BuildStage, number> = { plan: 0, compile: 0, link: 0, usr: 0, cpio: 0 };
    const timed = async (stage: BuildStage, fn: () => Promise<unknown>) => {
      const t = now();
      await fn();
      stages[stage] += now() - t;
    };
    const state = await this.loadState();
    const ctx = new BuildContext(this.config, state, this);
    const [kernel, user] = await this.plan(ctx, target);
    stages.plan = now() - t0;
    if (kernel) await guarded(ctx, () => this.execute(ctx, target, kernel, user, timed));
    await guarded(ctx, () => state.save());
    const ok = kernel !== null && !ctx.hasErrors;
    const ms = now() - t0;
    this.emit('finish', { ok, ms, stages, rebuilt: ctx.rebuilt });
    const initramfs = user?.list ? ctx.outPath(INITRAMFS) : null;
    const outputs = {
      vmlinux: ctx.outPath(VMLINUX),
      systemMap: ctx.outPath(SYSTEM_MAP),
      initramfs,
    };
    return { ok, diagnostics: ctx.diagnostics, rebuilt: ctx.rebuilt, outputs, stages, ms };
  }

  private async plan(
    ctx: BuildContext,
    target: BuildTarget,
  ): Promise<[KernelPlan | null, UserPlan | null]> {
    const { tree, family, makeVariables: initial } = this.config;
    try {
      const [kernel, user] = await this.plans.get(async (fs) => {
        const k = await planKernel({ fs, tree, family, initial });
        return [k, await planUser(fs, tree, family, initial)] as const;
      });
      ctx.kernel = kernel;
      ctx.jobs = [...kernel.compiles, ...(user?.compiles ?? [])];
      const kernelSteps = target === 'user' ? 0 : kernel.compiles.length + kernel.dirs.length + 1;
      const userSteps =
        user && target !== 'kernel'
          ? user.compiles.length + 1 + user.programs.length + (user.list ? 1 : 0)
          : 0;
      ctx.plan(kernelSteps + userSteps);
      return [kernel, user];
    } catch (err) {
      const stage = err instanceof MakefileError ? 'makefile' : 'tree';
      if (err instanceof LocatedError) {
        ctx.report({
          file: err.file,
          line: err.line,
          column: err.column,
          severity: 'error',
          message: err.message,
          stage,
        });
      } else ctx.report(fileError('Makefile', `cannot read the tree: ${errorText(err)}`, 'tree'));
      return [null, null];
    }
  }

  private async execute(
    ctx: BuildContext,
    target: BuildTarget,
    kernel: KernelPlan,
    user: UserPlan | null,
    timed: (stage: BuildStage, fn: () => Promise<unknown>) => Promise<void>,
  ): Promise<void> {
    const jobs = [
      ...(target === 'user' ? [] : kernel.compiles),
      ...(target === 'kernel' ? [] : (user?.compiles ?? [])),
    ];
    await timed('compile', () => compileStage(ctx, jobs));
    if (target !== 'user') await timed('link', () => linkKernel(ctx, kernel));
    if (!user || target === 'kernel') return;
    await timed('usr', () => buildUser(ctx, user));
    const list = user.list;
    if (list) await timed('cpio', () => packInitramfs(ctx, list));
  }
}

/// Runs a step whose failure is not the learner's input (a full disk, a permission problem, a bug)
/// and reports it as an error instead of letting the build reject.
async function guarded(ctx: BuildContext, fn: () => Promise<unknown>): Promise<void> {
  try {
    await fn();
  } catch (err) {
    ctx.report(fileError(ctx.cfg.out, `build stopped: ${errorText(err)}`, 'tree'));
  }
}

function now(): number {
  return globalThis.performance.now();
}
