// The file tree and the learner's changes as the UI shows them. The open file's text lives in the
// editor (CodeMirror owns it); this holds what the tree, the Changes tab and the status bar need.
import type {
  FileEntry,
  LabApi,
  PatchExport,
  WorkspaceDiff,
  WorkspaceInfo,
} from '../../electron/ipc/lab-api.ts';
import { errorMessage } from '../api/errors.ts';
import type { AppState } from './app-state.svelte.ts';

/// The workspace tree, the selected file and the diff.
export class WorkspaceState {
  entries = $state<FileEntry[]>([]);
  info = $state<WorkspaceInfo | null>(null);
  openPath = $state<string | null>(null);
  diff = $state<WorkspaceDiff | null>(null);
  loaded = $state(false);
  /// Counts saves, so views of the diff know to refresh.
  saveSeq = $state(0);
  /// Paths changed outside the app since the last refresh (the editor reacts to its own file).
  externalChanges = $state<{ paths: readonly string[]; seq: number }>({ paths: [], seq: 0 });

  constructor(
    private readonly lab: LabApi,
    private readonly app: AppState,
  ) {}

  /// Loads the tree and follows outside changes.
  async init(): Promise<void> {
    this.lab.on('workspace:changed', ({ paths }) => {
      this.externalChanges = { paths, seq: this.externalChanges.seq + 1 };
      void this.refresh();
    });
    this.info = await this.lab.workspace.info();
    await this.refresh();
    this.loaded = true;
  }

  /// Re-reads the listing and, when shown, the diff.
  async refresh(): Promise<void> {
    try {
      this.entries = [...(await this.lab.workspace.list()).entries];
      if (this.diff) await this.loadDiff();
    } catch (err) {
      this.app.notify('error', `Could not list the workspace: ${errorMessage(err)}`);
    }
  }

  /// Loads the learner's changes against pristine.
  async loadDiff(): Promise<void> {
    this.diff = await this.lab.workspace.diff({});
  }

  /// Updates one row after a save without re-listing the whole tree.
  noteSaved(path: string, status: FileEntry['status']): void {
    this.saveSeq++;
    const i = this.entries.findIndex((e) => e.path === path);
    if (i >= 0 && this.entries[i].status !== status)
      this.entries[i] = { ...this.entries[i], status };
    if (i < 0) void this.refresh();
  }

  /// Resets one path (or everything) to pristine; the caller has already asked the learner.
  async reset(path: string | undefined): Promise<number> {
    const { paths } = await this.lab.workspace.reset({ path, confirm: true });
    // The open file may be among them: tell the editor as for any change it did not make.
    this.externalChanges = { paths, seq: this.externalChanges.seq + 1 };
    await this.refresh();
    if (this.diff) await this.loadDiff();
    return paths.length;
  }

  /// Deletes a file the learner created; the caller has already asked.
  async remove(path: string): Promise<void> {
    await this.lab.workspace.remove({ path, confirm: true });
    if (this.openPath === path) this.openPath = null;
    await this.refresh();
  }

  /// Creates an empty file (folders on the way are created too) and opens it.
  async create(path: string): Promise<void> {
    await this.lab.workspace.write({ path, text: '' });
    await this.refresh();
    this.openPath = path;
  }

  /// The patch of all changes, for download.
  exportPatch(): Promise<PatchExport> {
    return this.lab.workspace.exportPatch();
  }
}
