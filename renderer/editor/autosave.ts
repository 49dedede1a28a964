// Autosave for the open file: edits mark it unsaved, a quiet pause saves it, and each save names
// the version it was based on so a file changed outside the app is never silently overwritten
// (the backend answers `conflict`, and the learner chooses: reload or keep theirs).
import { errorCode, errorMessage } from '../api/errors.ts';

/// What the editor header shows.
export type SaveState = 'saved' | 'unsaved' | 'saving' | 'failed' | 'conflict';

/// Saves `text` at `path`; resolves with the new version.
export type SaveFn = (
  path: string,
  text: string,
  baseVersion: string | undefined,
) => Promise<{ version: string }>;

/// Debounced, ordered saving of one file at a time.
export class Autosaver {
  private path: string | null = null;
  private version: string | undefined;
  private latest: string | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight: Promise<void> | null = null;
  private state: SaveState = 'saved';

  constructor(
    private readonly save: SaveFn,
    private readonly onState: (state: SaveState, detail: string) => void,
    private readonly delayMs = 700,
  ) {}

  /// Starts tracking `path` as loaded at `version` (saved).
  open(path: string, version: string): void {
    this.cancelTimer();
    this.path = path;
    this.version = version;
    this.latest = null;
    this.set('saved', '');
  }

  /// The version the editor's text is based on.
  get baseVersion(): string | undefined {
    return this.version;
  }

  /// Records an edit; saves after a quiet pause. While in conflict nothing is saved.
  change(text: string): void {
    this.latest = text;
    if (this.state === 'conflict') return;
    this.set('unsaved', '');
    this.cancelTimer();
    this.timer = setTimeout(() => void this.flush(), this.delayMs);
  }

  /// Saves now if there is anything unsaved (switching files, Ctrl+S, closing).
  async flush(): Promise<void> {
    this.cancelTimer();
    while (this.inFlight) await this.inFlight;
    if (this.latest === null || !this.path || this.state === 'conflict') return;
    const [path, text] = [this.path, this.latest];
    this.latest = null;
    this.inFlight = this.write(path, text, this.version).finally(() => (this.inFlight = null));
    await this.inFlight;
    // The write may have ended in conflict or failure (the state changes inside `write`).
    const after: SaveState = this.currentState;
    if (this.latest !== null && after !== 'conflict' && after !== 'failed') await this.flush();
  }

  /// Resolves a conflict by saving the editor's text over the file on disk.
  async overwrite(text: string): Promise<void> {
    if (!this.path) return;
    this.latest = null;
    await this.write(this.path, text, undefined);
  }

  /// Forgets pending work (the editor reloaded the file from disk at `version`).
  reloaded(version: string): void {
    this.cancelTimer();
    this.latest = null;
    this.version = version;
    this.set('saved', '');
  }

  /// The state last reported.
  get currentState(): SaveState {
    return this.state;
  }

  /// True when the editor holds text that is not on disk.
  get dirty(): boolean {
    return this.state !== 'saved';
  }

  private async write(path: string, text: string, base: string | undefined): Promise<void> {
    this.set('saving', '');
    try {
      const { version } = await this.save(path, text, base);
      if (path !== this.path) return;
      this.version = version;
      this.set(this.latest === null ? 'saved' : 'unsaved', '');
    } catch (err) {
      if (path !== this.path) return;
      this.latest = text;
      this.set(errorCode(err) === 'conflict' ? 'conflict' : 'failed', errorMessage(err));
    }
  }

  private set(state: SaveState, detail: string): void {
    this.state = state;
    this.onState(state, detail);
  }

  private cancelTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
