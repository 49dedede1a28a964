// The build engine behind `lab.build`: the Kbuild runner (build/) over the learner's workspace
// tree, writing into the user data folder (never inside the tree), with one warm runner and tcc
// worker pool kept for the app's life so a one-file edit recompiles one file. Runner events
// become the API's `build:*` events; a broken tree gives diagnostics, never a rejected call.
// A successful build's boot images are published to `boot/` for the machine service.
import { createNodeRunner } from '../../build/index.ts';
import type { BuildResult, KbuildRunner } from '../../build/index.ts';
import { renderDiagnostics } from '../../build/diagnostics/index.ts';
import { LabError } from '../ipc/lab-errors.ts';
import type { BuildArtifact, BuildDiagnostic, BuildRequest, BuildStarted } from '../ipc/lab-api.ts';
import { publishBootImages } from './engines/boot-images.ts';
import type { EngineContext } from './service-registry.ts';
import { relativeDiagnostic } from './engines/diagnostic-paths.ts';

/// Parallel compiles when the request does not say: two workers keep a laptop's UI smooth and
/// already halve a full build.
const DEFAULT_JOBS = 2;

/// Shortest interval between two progress events (about two screen refreshes).
const PROGRESS_EVERY_MS = 30;

/// How the service makes its runner (tests may pass a different worker count or compiler).
export interface BuildServiceOptions {
  readonly jobs?: number;
  /// Only for tests: 'gcc' builds with the host's gcc -m32 instead of tcc.wasm.
  readonly cc?: 'builtin' | 'gcc';
  /// The compiled tcc worker in a bundled app (see engines/worker-urls.ts).
  readonly workerUrl?: URL;
}

/// One build in flight: its id and whether the learner cancelled it (its events then stop).
interface ActiveBuild {
  readonly id: string;
  cancelled: boolean;
}

/// `lab.build`, plus `close()` for the host. A second `start` while a build runs is REFUSED with
/// a `conflict` error naming the running build (the UI disables Build meanwhile); `cancel` ends
/// the build for the UI at once, and the pipeline finishes its current step in the background
/// (tcc cannot be stopped mid-compile), so the next build starts once it is idle.
export class BuildService {
  private runner: Promise<KbuildRunner> | null = null;
  private runnerJobs = 0;
  private active: ActiveBuild | null = null;
  /// The pipeline's last build, cancelled or not: the next one waits for it.
  private pipeline: Promise<unknown> = Promise.resolve();
  private counter = 0;

  constructor(
    private readonly ctx: EngineContext,
    private readonly options: BuildServiceOptions = {},
  ) {}

  /// Starts a build and resolves with its id at once; progress arrives as events.
  async start(request: BuildRequest): Promise<BuildStarted> {
    if (this.active) {
      throw new LabError(
        'conflict',
        `build ${this.active.id} is still running: wait for it to finish or cancel it`,
        'build',
      );
    }
    const build: ActiveBuild = { id: `b${++this.counter}`, cancelled: false };
    this.active = build;
    const run = this.pipeline.then(() => this.run(build, request));
    this.pipeline = run.catch(() => undefined);
    return { buildId: build.id };
  }

  /// Cancels the running build as far as the UI is concerned (see the class comment).
  async cancel(): Promise<void> {
    const build = this.active;
    if (!build) return;
    build.cancelled = true;
    this.active = null;
    this.ctx.emit('build:log', { buildId: build.id, stream: 'err', text: 'Build cancelled.' });
    this.ctx.emit('build:finished', { buildId: build.id, ok: false, artifacts: [], durationMs: 0 });
  }

  /// Stops the compiler's workers (the host is closing).
  async close(): Promise<void> {
    await this.pipeline;
    const runner = this.runner;
    this.runner = null;
    if (runner) await (await runner).close();
  }

  private async run(build: ActiveBuild, request: BuildRequest): Promise<void> {
    const t0 = performance.now();
    const emit = this.emitterFor(build);
    let result: BuildResult | null = null;
    let artifacts: readonly BuildArtifact[] = [];
    try {
      const runner = await this.runnerFor(request.jobs ?? this.options.jobs ?? DEFAULT_JOBS);
      result = await this.observe(runner, build, () => runner.build(request.target ?? 'all'));
      if (result.ok && !build.cancelled)
        artifacts = await publishBootImages(this.ctx.outputDir, result.outputs);
    } catch (err) {
      // The runner reports bad input as diagnostics; what lands here is the environment (tcc.wasm
      // missing, the output folder unwritable): say so as a located diagnostic, not a rejection.
      const message = err instanceof Error ? err.message : String(err);
      const diag: BuildDiagnostic = { file: 'Makefile', line: 0, severity: 'error', message };
      emit('build:diagnostics', { buildId: build.id, diagnostics: [diag] });
      emit('build:log', { buildId: build.id, stream: 'err', text: `build stopped: ${message}` });
    }
    if (this.active === build) this.active = null;
    const ok = result?.ok === true && artifacts.length > 0;
    const durationMs = Math.round(performance.now() - t0);
    const text = summaryLine(ok, result, artifacts, durationMs);
    emit('build:log', { buildId: build.id, stream: ok ? 'out' : 'err', text });
    emit('build:finished', { buildId: build.id, ok, artifacts, durationMs });
  }

  /// Forwards the runner's events for `build` while `fn` runs; diagnostics are batched.
  private async observe(
    runner: KbuildRunner,
    build: ActiveBuild,
    fn: () => Promise<BuildResult>,
  ): Promise<BuildResult> {
    const emit = this.emitterFor(build);
    const { tree, out } = { tree: this.ctx.workspaceRoot, out: this.ctx.outputDir };
    const pending: BuildDiagnostic[] = [];
    const flush = () => {
      if (pending.length === 0) return;
      emit('build:diagnostics', { buildId: build.id, diagnostics: pending.splice(0) });
    };
    const offs = [
      runner.on('log', (e) =>
        emit('build:log', { buildId: build.id, stream: 'out', text: e.line }),
      ),
      runner.on('progress', throttledProgress(build.id, emit)),
      runner.on('diagnostic', (d) => {
        const rel = relativeDiagnostic(d, tree, out);
        const text = renderDiagnostics([rel]).trimEnd();
        emit('build:log', {
          buildId: build.id,
          stream: d.severity === 'note' ? 'out' : 'err',
          text,
        });
        pending.push(rel);
        queueMicrotask(flush);
      }),
    ];
    try {
      return await fn();
    } finally {
      flush();
      for (const off of offs) off();
    }
  }

  /// The event sink for one build: silent once the build was cancelled.
  private emitterFor(build: ActiveBuild): EngineContext['emit'] {
    return (name, payload) => {
      if (!build.cancelled) this.ctx.emit(name, payload);
    };
  }

  /// The warm runner, made on first use (or again when the worker count changes).
  private async runnerFor(jobs: number): Promise<KbuildRunner> {
    if (this.runner && this.runnerJobs !== jobs) {
      const old = this.runner;
      this.runner = null;
      await (await old).close();
    }
    if (!this.runner) {
      this.runnerJobs = jobs;
      this.runner = createNodeRunner({
        tree: this.ctx.workspaceRoot,
        out: this.ctx.outputDir,
        cc: this.options.cc ?? 'builtin',
        jobs,
        // The host's event loop serves the UI: compiles run on the workers only.
        callerCompiles: false,
        workerUrl: this.options.workerUrl,
      });
      // A runner that failed to start is retried by the next build.
      this.runner.catch(() => (this.runner = null));
    }
    return this.runner;
  }
}

/// A progress listener that forwards at most one event per `PROGRESS_EVERY_MS` (and always the
/// last step): an incremental build runs through ~150 up-to-date steps in a few milliseconds,
/// and one message per step only keeps the renderer busy.
function throttledProgress(
  buildId: string,
  emit: EngineContext['emit'],
): (p: { done: number; total: number; stage: string }) => void {
  let last = -Infinity;
  return (p) => {
    const t = performance.now();
    if (p.done < p.total && t - last < PROGRESS_EVERY_MS) return;
    last = t;
    emit('build:progress', { buildId, ...p });
  };
}

/// The last log line: what was built and what to do next, or how many problems stopped it.
function summaryLine(
  ok: boolean,
  result: BuildResult | null,
  artifacts: readonly BuildArtifact[],
  ms: number,
): string {
  const time = `${(ms / 1000).toFixed(1)} s`;
  if (ok) {
    const sizes = artifacts.map((a) => `${a.name} ${formatSize(a.size)}`).join(', ');
    return `Build OK in ${time}: ${sizes}. Boot starts this kernel.`;
  }
  const diags = result?.diagnostics ?? [];
  const errors = diags.filter((d) => d.severity === 'error').length;
  const warnings = diags.filter((d) => d.severity === 'warning').length;
  const counts = `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
  return `Build failed in ${time} (${counts}). Boot still starts the last good build.`;
}

function formatSize(bytes: number): string {
  return bytes < 1 << 20
    ? `${Math.round(bytes / 1024)} KiB`
    : `${(bytes / (1 << 20)).toFixed(1)} MiB`;
}

/// The build slot's factory (see engines.ts).
export function createBuildService(
  ctx: EngineContext,
  options?: BuildServiceOptions,
): BuildService {
  return new BuildService(ctx, options);
}
