// Notices files changed outside the app (another editor, `git checkout`, a script). It keeps the
// last known size and mtime of every path; a rescan reports what differs. Rescans are triggered
// by OS change notifications (folder-watch.ts), debounced, and by a slow poll as a safety net
// (network folders and some set-ups drop watch events). The service tells the watcher about its
// own writes (`expect`, `remember`), so the app's autosave is not reported back to it.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FolderWatch } from './folder-watch.ts';
import type { TreeNode } from './tree.ts';
import { contentVersion, walkTree } from './tree.ts';

/// Timing of the watcher (milliseconds).
export interface WatcherConfig {
  /// Quiet time after a watch event before rescanning (bursts of writes give one report).
  readonly debounceMs: number;
  /// Interval of the safety-net poll; 0 disables it.
  readonly pollMs: number;
}

/// Default timing: quick enough to feel live, slow enough to cost nothing.
export const DEFAULT_WATCHER_CONFIG: WatcherConfig = { debounceMs: 150, pollMs: 2000 };

/// Watches `root` and calls `onChange` with the paths that changed since the last scan.
export class TreeWatcher {
  private known = new Map<string, TreeNode>();
  /// Content versions the app itself is writing, by path: a scan that lands between the rename
  /// and `remember` must not report the app's own save as an outside change.
  private readonly ownVersions = new Map<string, string>();
  private readonly folders: FolderWatch;
  private pollTimer: ReturnType<typeof setInterval> | null = null;
  private debounceTimer: ReturnType<typeof setTimeout> | null = null;
  private scanning: Promise<void> | null = null;
  private closed = false;

  constructor(
    private readonly root: string,
    private readonly onChange: (paths: string[]) => void,
    private readonly config: WatcherConfig = DEFAULT_WATCHER_CONFIG,
  ) {
    this.folders = new FolderWatch(root, () => this.schedule());
  }

  /// Takes the first snapshot and starts watching. Resolves once the snapshot is taken.
  async start(): Promise<void> {
    this.known = await walkTree(this.root);
    this.watchFolders();
    if (this.config.pollMs > 0)
      this.pollTimer = setInterval(() => this.schedule(), this.config.pollMs);
  }

  /// Records the app's own change to `rel` (and any folders it created on the way) so the next
  /// scan does not report it.
  remember(rel: string, node: TreeNode | null): void {
    if (!node) {
      this.known.delete(rel);
      return;
    }
    this.known.set(rel, node);
    const parts = rel.split('/');
    for (let i = 1; i < parts.length; i++) {
      const dir = parts.slice(0, i).join('/');
      if (this.known.has(dir)) continue;
      this.known.set(dir, { kind: 'dir', size: 0, mtimeMs: 0 });
      this.watchFolders();
    }
  }

  /// Announces that the app is about to write `version` at `rel`.
  expect(rel: string, version: string): void {
    this.ownVersions.set(rel, version);
  }

  /// Forgets everything and takes a fresh snapshot (after a reset of the whole tree).
  async resync(): Promise<void> {
    this.known = await walkTree(this.root);
    this.watchFolders();
  }

  /// Rescans now and reports differences (tests and callers that know something happened).
  async scanNow(): Promise<void> {
    while (this.scanning) await this.scanning;
    this.scanning = this.scan().finally(() => (this.scanning = null));
    await this.scanning;
  }

  /// Stops all watching and timers.
  close(): void {
    this.closed = true;
    this.folders.close();
    if (this.pollTimer) clearInterval(this.pollTimer);
    if (this.debounceTimer) clearTimeout(this.debounceTimer);
  }

  private schedule(): void {
    if (this.closed) return;
    if (this.debounceTimer) clearTimeout(this.debounceTimer);
    this.debounceTimer = setTimeout(() => {
      this.debounceTimer = null;
      this.scanNow().catch(() => {
        // The tree may be mid-rename or briefly unreadable; the next event or poll retries.
      });
    }, this.config.debounceMs);
  }

  private watchFolders(): void {
    const dirs = [...this.known].filter(([, n]) => n.kind === 'dir').map(([rel]) => rel);
    this.folders.update(dirs);
  }

  /// True when the file at `rel` holds exactly what the app last wrote there.
  private async isOwnWrite(rel: string, node: TreeNode): Promise<boolean> {
    const expected = this.ownVersions.get(rel);
    if (!expected || node.kind !== 'file') return false;
    const bytes = await readFile(join(this.root, ...rel.split('/'))).catch(() => null);
    return bytes !== null && contentVersion(bytes) === expected;
  }

  private async scan(): Promise<void> {
    const now = await walkTree(this.root);
    if (this.closed) return;
    const changed: string[] = [];
    for (const [rel, node] of now) {
      const before = this.known.get(rel);
      if ((!before || differs(before, node)) && !(await this.isOwnWrite(rel, node)))
        changed.push(rel);
    }
    for (const rel of this.known.keys()) if (!now.has(rel)) changed.push(rel);
    this.known = now;
    this.watchFolders();
    if (changed.length > 0) this.onChange(changed);
  }
}

function differs(a: TreeNode, b: TreeNode): boolean {
  if (a.kind !== b.kind) return true;
  return a.kind === 'file' && (a.size !== b.size || a.mtimeMs !== b.mtimeMs);
}
