// OS change notifications for a folder tree, as cheap as each platform allows. macOS and Windows
// watch a whole tree natively (`recursive: true`). On Linux, Node 20 emulates recursion by
// watching every file and stat-ing on each event, which costs hundreds of inotify watches and
// feeds back on the app's own reads; there one plain watch per folder is enough, because a folder
// watch already reports changes to the files directly inside it.
import { watch, type FSWatcher } from 'node:fs';
import { join } from 'node:path';
import { TEMP_PREFIX } from '../atomic-write.ts';

/// Calls `onEvent` (no details: the caller rescans) whenever something under `root` may have
/// changed. Events for our own temporary files are dropped.
export class FolderWatch {
  private readonly watchers = new Map<string, FSWatcher>();
  private readonly native = process.platform === 'darwin' || process.platform === 'win32';

  constructor(
    private readonly root: string,
    private readonly onEvent: () => void,
  ) {}

  /// Watches `root` and the given folders (POSIX paths relative to root); stops watching
  /// folders no longer listed. With a native recursive watch the list is not needed.
  update(folders: Iterable<string>): void {
    if (this.native) {
      if (!this.watchers.has('')) this.add('', true);
      return;
    }
    const wanted = new Set(['', ...folders]);
    for (const [rel, w] of this.watchers) {
      if (!wanted.has(rel)) {
        w.close();
        this.watchers.delete(rel);
      }
    }
    for (const rel of wanted) if (!this.watchers.has(rel)) this.add(rel, false);
  }

  /// Stops every watch.
  close(): void {
    for (const w of this.watchers.values()) w.close();
    this.watchers.clear();
  }

  private add(rel: string, recursive: boolean): void {
    const dir = rel === '' ? this.root : join(this.root, ...rel.split('/'));
    try {
      const w = watch(dir, { recursive, persistent: false }, (_event, name) => {
        if (name && String(name).split(/[\\/]/).pop()?.startsWith(TEMP_PREFIX)) return;
        this.onEvent();
      });
      // A folder removed under the watch ends it; the next update re-adds what still exists.
      w.on('error', () => {
        w.close();
        this.watchers.delete(rel);
      });
      this.watchers.set(rel, w);
    } catch {
      // The folder vanished between the scan and now, or watching is not possible here: the
      // caller's poll still notices changes.
    }
  }
}
