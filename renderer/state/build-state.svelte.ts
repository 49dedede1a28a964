// The build panel's state, fed by the build engine's events: log lines, progress, diagnostics
// (shown in the panel and underlined in the editor) and the outcome.
import type {
  BuildDiagnostic,
  BuildFinished,
  BuildProgress,
  LabApi,
} from '../../electron/ipc/lab-api.ts';
import { errorMessage } from '../api/errors.ts';

const MAX_LOG_LINES = 5000;

/// One build's visible state.
export class BuildState {
  log = $state<{ stream: 'out' | 'err'; text: string }[]>([]);
  progress = $state<BuildProgress | null>(null);
  diagnostics = $state<BuildDiagnostic[]>([]);
  finished = $state<BuildFinished | null>(null);
  running = $state(false);
  /// Why the last start failed (for example: the build engine is not part of this build yet).
  startError = $state('');
  private buildId = '';

  constructor(private readonly lab: LabApi) {}

  /// Subscribes to the build events.
  init(): void {
    this.lab.on('build:log', (e) => {
      if (!this.accepts(e.buildId)) return;
      this.log.push({ stream: e.stream, text: e.text });
      if (this.log.length > MAX_LOG_LINES) this.log.splice(0, this.log.length - MAX_LOG_LINES);
    });
    this.lab.on('build:progress', (e) => {
      if (this.accepts(e.buildId)) this.progress = e;
    });
    this.lab.on('build:diagnostics', (e) => {
      if (this.accepts(e.buildId)) this.diagnostics = [...this.diagnostics, ...e.diagnostics];
    });
    this.lab.on('build:finished', (e) => {
      if (!this.accepts(e.buildId)) return;
      this.finished = e;
      this.running = false;
    });
  }

  /// Whether an event belongs to the current build. An engine may emit before `start()` has
  /// returned the id, so while a build is starting the first event's id is adopted.
  private accepts(buildId: string): boolean {
    if (this.running && this.buildId === '') this.buildId = buildId;
    return buildId === this.buildId;
  }

  /// Starts a build of everything. While one runs this does nothing (the engine would refuse
  /// it, and resetting the panel would wipe the running build's log).
  async start(): Promise<void> {
    if (this.running) return;
    this.startError = '';
    try {
      this.log = [];
      this.diagnostics = [];
      this.progress = null;
      this.finished = null;
      this.running = true;
      this.buildId = '';
      this.buildId = (await this.lab.build.start({ target: 'all' })).buildId;
    } catch (err) {
      this.running = false;
      this.startError = errorMessage(err);
    }
  }

  /// The diagnostics of one file, for the editor.
  diagnosticsFor(path: string): BuildDiagnostic[] {
    return this.diagnostics.filter((d) => d.file === path);
  }
}
