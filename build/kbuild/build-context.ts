/// The state one build run shares between its stages: configuration, the persisted up-to-date
/// records, the event emitter, which targets failed (so what depends on them is skipped rather
/// than linked from stale inputs), and the helpers every stage uses to log, report and decide.

import type { BuildFs } from './build-fs.ts';
import type { BuildState } from './build-state.ts';
import type { BuildDiagnostic } from './diagnostic.ts';
import type { BuildEventMap, BuildStage, LogTag, TypedEmitter } from './events.ts';
import { kbuildLine } from './events.ts';
import type { CompilerFamily } from './flags.ts';
import type { KernelPlan } from './kernel-plan.ts';
import { joinPath } from './paths.ts';
import type { CompileJob, Toolchain } from './tools.ts';

/// What a build needs: the tree, where outputs go, the tools and how to reach files.
export interface BuildConfig {
  readonly fs: BuildFs;
  /// Absolute tree root (the learner's workspace copy of kernel/).
  readonly tree: string;
  /// Absolute output root (never inside the pristine tree).
  readonly out: string;
  readonly toolchain: Toolchain;
  /// Which flag family the compiler takes (tcc ignores KBUILD_CFLAGS).
  readonly family: CompilerFamily;
  /// Variables as if given on make's command line.
  readonly makeVariables?: Readonly<Record<string, string>>;
}

/// The mutable bookkeeping of one run (owned by the runner, lent to the stages).
export class BuildContext {
  readonly failed = new Set<string>();
  readonly rebuilt: string[] = [];
  readonly diagnostics: BuildDiagnostic[] = [];
  /// The kernel plan, once read (the explainer of link errors consults it).
  kernel: KernelPlan | undefined;
  /// Every compile of the plan (kernel and userland), to trace link errors back to sources.
  jobs: readonly CompileJob[] = [];
  private done = 0;
  private total = 0;

  constructor(
    readonly cfg: BuildConfig,
    readonly state: BuildState,
    readonly events: TypedEmitter<BuildEventMap>,
  ) {}

  /// Absolute path of an output-relative target.
  outPath(rel: string): string {
    return joinPath(this.cfg.out, rel);
  }

  /// Absolute path of a tree-relative file.
  treePath(rel: string): string {
    return joinPath(this.cfg.tree, rel);
  }

  /// Sets how many steps the whole build has (for progress events).
  plan(total: number): void {
    this.total = total;
  }

  /// Counts one finished step of `stage` and reports progress.
  tick(stage: BuildStage): void {
    this.done++;
    this.events.emit('progress', { done: this.done, total: this.total, stage });
  }

  /// Emits a Kbuild-style log line.
  log(tag: LogTag, target: string): void {
    this.events.emit('log', { tag, target, line: kbuildLine(tag, target) });
  }

  /// Records and emits a diagnostic.
  report(d: BuildDiagnostic): void {
    this.diagnostics.push(d);
    this.events.emit('diagnostic', d);
  }

  /// True when any error has been reported.
  get hasErrors(): boolean {
    return this.diagnostics.some((d) => d.severity === 'error');
  }

  /// Decides whether `target` must be (re)built; emits the decision. `inputs` are absolute.
  async needsBuild(target: string, command: string, inputs: readonly string[]): Promise<boolean> {
    const reason = await this.state.staleReason(target, this.outPath(target), command, inputs);
    this.events.emit('target', {
      target,
      action: reason ? 'build' : 'up-to-date',
      reason: reason ?? '',
    });
    return reason !== null;
  }

  /// Writes an output and records the target as built from `inputs` by `command`.
  async commit(
    target: string,
    bytes: Uint8Array,
    command: string,
    inputs: readonly string[],
    executable = false,
  ): Promise<void> {
    const path = this.outPath(target);
    await this.cfg.fs.writeFile(path, bytes, { executable });
    this.state.touched(path);
    await this.state.record(target, command, inputs);
    this.rebuilt.push(target);
  }

  /// Marks a target failed: its record is dropped so the next build retries it.
  fail(target: string): void {
    this.failed.add(target);
    this.state.forget(target);
  }

  /// True when any of `targets` (output-relative) failed in this run.
  anyFailed(targets: readonly string[]): boolean {
    return targets.some((t) => this.failed.has(t));
  }
}
