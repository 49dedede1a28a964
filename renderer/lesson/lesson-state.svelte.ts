// The lesson as the UI sees it: the lab files read from the workspace (again after every save or
// outside change), the build and machine state, the console transcript since the last boot, and
// each step's verdict derived from them. Progress (steps done, the slide on screen) is saved in
// settings.lessonProgress and restored at start.
import { untrack } from 'svelte';
import type { LabApi, MachineStatus } from '../../electron/ipc/lab-api.ts';
import { errorCode } from '../api/errors.ts';
import type { AppState } from '../state/app-state.svelte.ts';
import type { BuildState } from '../state/build-state.svelte.ts';
import type { WorkspaceState } from '../state/workspace-state.svelte.ts';
import { EXERCISES, LAB_STEPS, type CheckResult, type StepId } from './check-types.ts';
import { runChecks, SESSION_STEPS } from './checks.ts';
import { LAB_PATHS, labNumbers, type LabFile, type LessonSnapshot } from './lab-files.ts';
import { reverseApply } from './pristine.ts';
import { readProgress, sameProgress, writeProgress, type LessonProgress } from './progress.ts';
import type { SolutionContext } from './solutions.ts';
import { parseUnistd } from './tree-facts.ts';

const MAX_TRANSCRIPT = 256 * 1024;
const NO_FILES = Object.fromEntries(Object.keys(LAB_PATHS).map((k) => [k, null])) as Record<
  LabFile,
  string | null
>;

/// Live lesson state; `init()` once, `restore()` after settings are loaded.
export class LessonState {
  files = $state<Record<LabFile, string | null>>({ ...NO_FILES });
  pristineUnistd = $state<string | null>(null);
  transcript = $state('');
  machine = $state<MachineStatus>({ state: 'off' });
  traceCount = $state(0);
  /// Steps remembered as done from earlier sessions (and this one).
  remembered = $state<StepId[]>([]);
  slideId = $state('');
  loaded = $state(false);
  /// Set once the saved progress has been read (saving starts then, never before).
  private restored = $state(false);
  private buildSeq = -1;
  private saved: LessonProgress | null = null;
  private refreshTimer: ReturnType<typeof setTimeout> | null = null;
  private traceTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly lab: LabApi,
    private readonly app: AppState,
    private readonly ws: WorkspaceState,
    private readonly build: BuildState,
  ) {}

  /// The snapshot the checks read.
  snapshot(): LessonSnapshot {
    const finished = this.build.finished;
    return {
      files: this.files,
      pristineUnistd: this.pristineUnistd,
      build: {
        running: this.build.running,
        finished,
        diagnostics: this.build.diagnostics,
        stale: finished !== null && this.ws.saveSeq !== this.buildSeq,
      },
      machine: this.machine,
      transcript: this.transcript,
      traceCount: this.traceCount,
    };
  }

  /// Live verdicts of every step.
  readonly live = $derived.by(() => runChecks(this.snapshot()));

  /// Whether anything this session can speak for the session steps (else the memory stands).
  private get sessionEvidence(): boolean {
    return this.build.running || this.build.finished !== null || this.machine.state !== 'off';
  }

  /// The verdict shown: live, except a session step done earlier and not yet re-tried.
  result(id: StepId): CheckResult {
    const live = this.live.get(id) ?? { done: false, hint: '' };
    if (live.done || !SESSION_STEPS.has(id) || this.sessionEvidence) return live;
    if (this.remembered.includes(id))
      return {
        done: true,
        hint: 'Done in an earlier session. Build and boot again to see it live.',
      };
    return live;
  }

  /// The numbers and solution texts Show me / Reset step use (null until the tree is read).
  solutionContext(): SolutionContext | null {
    const nums = labNumbers(this.snapshot());
    const pristineNr = this.pristineUnistd ? parseUnistd(this.pristineUnistd).nrSyscalls : null;
    if (!nums || pristineNr === null) return null;
    return {
      ...nums,
      pristineNrSyscalls: pristineNr,
      solutionWrapper: this.files.solutionWrapper ?? '',
      solutionDriver: this.files.solutionDriver ?? '',
    };
  }

  /// Follows the workspace, the build, the machine and the recorder.
  init(machineStatus: () => MachineStatus): void {
    this.lab.on('machine:serial', ({ text }) => {
      const next = this.transcript + text;
      this.transcript = next.length > MAX_TRANSCRIPT ? next.slice(-MAX_TRANSCRIPT) : next;
      // A recorded trace follows the call it records: look again once the console settles.
      if (this.traceTimer) clearTimeout(this.traceTimer);
      this.traceTimer = setTimeout(() => void this.refreshTraces(), 1500);
    });
    this.lab.on('machine:status', (s) => {
      if (s.state === 'booting') this.transcript = '';
      this.machine = s;
      if (s.state === 'running') void this.refreshTraces();
    });
    this.machine = machineStatus();
    $effect.root(() => {
      $effect(() => {
        void this.ws.saveSeq;
        void this.ws.externalChanges.seq;
        void this.ws.entries.length;
        this.scheduleRefresh();
      });
      $effect(() => {
        if (this.build.running) this.buildSeq = untrack(() => this.ws.saveSeq);
      });
      $effect(() => this.persist());
    });
  }

  /// Reads the saved progress (after the app's settings are loaded).
  restore(): void {
    const p = readProgress(this.app.settings.lessonProgress);
    this.saved = p;
    this.remembered = [...p.done];
    this.slideId = p.slide;
    this.restored = true;
  }

  private scheduleRefresh(): void {
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => void this.refresh(), 120);
  }

  /// Re-reads every lab file (a missing file is null) and the pristine unistd_32.h.
  async refresh(): Promise<void> {
    const keys = Object.keys(LAB_PATHS) as LabFile[];
    const texts = await Promise.all(keys.map((k) => this.read(LAB_PATHS[k])));
    this.files = Object.fromEntries(keys.map((k, i) => [k, texts[i]])) as Record<
      LabFile,
      string | null
    >;
    if (this.pristineUnistd === null) this.pristineUnistd = await this.pristine(LAB_PATHS.unistd);
    this.loaded = true;
  }

  private async read(path: string): Promise<string | null> {
    try {
      return (await this.lab.workspace.read({ path })).text;
    } catch (err) {
      if (errorCode(err) === 'not-found') return null;
      throw err;
    }
  }

  /// The pristine text of a pristine file, rebuilt from the workspace's diff.
  async pristine(path: string): Promise<string | null> {
    const file = await this.lab.workspace.read({ path }).catch(() => null);
    if (!file) return null;
    if (file.status === 'unchanged') return file.text;
    const diff = (await this.lab.workspace.diff({ path })).files.find((f) => f.path === path);
    return diff ? reverseApply(file.text, diff.diff) : file.text;
  }

  private async refreshTraces(): Promise<void> {
    if (!this.app.info?.engines.trace) return;
    const nr = labNumbers(this.snapshot())?.nr;
    const list = await this.lab.trace.list().catch(() => []);
    this.traceCount = list.filter((t) => t.syscallNr === nr).length;
  }

  /// Saves which steps are done and the slide on screen, when either changed.
  private persist(): void {
    // Everything read here is tracked, so read it all before deciding: an early return before
    // the first read would leave the effect with nothing to follow.
    const ready = this.restored && this.loaded;
    // A session step once done stays remembered (a reboot clears the console, not the lesson).
    const ids = [...LAB_STEPS, ...EXERCISES].filter(
      (id) => this.result(id).done || (SESSION_STEPS.has(id) && this.remembered.includes(id)),
    );
    const next: LessonProgress = { slide: this.slideId, done: ids };
    if (!ready || !this.saved || sameProgress(next, this.saved)) return;
    this.saved = next;
    this.remembered = ids;
    void this.app.update({ lessonProgress: writeProgress(next) });
  }
}
