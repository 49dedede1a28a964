// The file system one tcc.wasm run sees: an in-memory map of files (the call's inputs, and
// everything the run writes), over read-only mounts that supply files lazily (tcc's own /tcc
// tree, a host folder in Node, a workspace in the app). No Node API here, so the same code runs
// in Node, a worker and the browser.

/// A read-only tree of files, asked lazily. `path` is absolute within the source ('/a/b.h').
export interface FileSource {
  /// The file's bytes, or null when there is no such file (or it is a directory).
  readFile(path: string): Uint8Array | null;
  /// True when `path` is a directory of this source.
  isDirectory(path: string): boolean;
}

/// A source made visible at `at` (an absolute sandbox path, '/' for the whole namespace).
export interface Mount {
  readonly at: string;
  readonly source: FileSource;
}

/// Normalises an absolute POSIX path: collapses '//' and '.', resolves '..' (never above '/').
export function normalizePath(path: string): string {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return '/' + parts.join('/');
}

/// Joins `rel` to directory `dir` (or returns `rel` normalised when it is absolute).
export function joinPath(dir: string, rel: string): string {
  return normalizePath(rel.startsWith('/') ? rel : `${dir}/${rel}`);
}

/// A map of files as a `FileSource` (tcc's /tcc tree in the browser, tests).
export class MapFileSource implements FileSource {
  private readonly files = new Map<string, Uint8Array>();
  private readonly dirs = new Set<string>(['/']);

  /// `files` maps absolute paths (within the source) to contents; directories are implied.
  constructor(files: Iterable<readonly [string, Uint8Array]>) {
    for (const [path, data] of files) {
      const p = normalizePath(path);
      this.files.set(p, data);
      for (let d = parentOf(p); !this.dirs.has(d); d = parentOf(d)) this.dirs.add(d);
    }
  }

  readFile(path: string): Uint8Array | null {
    return this.files.get(path) ?? null;
  }

  isDirectory(path: string): boolean {
    return this.dirs.has(path);
  }
}

function parentOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}

/// What kind of thing is at a path.
export type EntryKind = 'file' | 'directory' | 'missing';

/// The per-run file system. Writes go to memory and are reported by `written()`; reads look in
/// memory first, then in the mounts, longest mount point first.
export class SandboxFs {
  private readonly files = new Map<string, Uint8Array>();
  private readonly dirs = new Set<string>(['/']);
  private readonly changed = new Set<string>();
  private readonly removed = new Set<string>();
  private readonly mounts: Mount[];

  /// `files` are the call's inputs (absolute sandbox paths); `mounts` are consulted after them.
  constructor(files: Iterable<readonly [string, Uint8Array]>, mounts: readonly Mount[]) {
    for (const [path, data] of files) this.put(normalizePath(path), data, false);
    this.mounts = [...mounts]
      .map((m) => ({ at: normalizePath(m.at), source: m.source }))
      .sort((a, b) => b.at.length - a.at.length);
    for (const m of this.mounts) this.addParents(m.at);
  }

  /// Kind of the entry at a normalised absolute path.
  kind(path: string): EntryKind {
    if (this.files.has(path)) return 'file';
    if (this.dirs.has(path)) return 'directory';
    if (this.removed.has(path)) return 'missing';
    const hit = this.inMount(path);
    if (!hit) return 'missing';
    if (hit.source.isDirectory(hit.rel)) return 'directory';
    return hit.source.readFile(hit.rel) ? 'file' : 'missing';
  }

  /// The file's bytes, or null when there is no file there.
  read(path: string): Uint8Array | null {
    const own = this.files.get(path);
    if (own) return own;
    if (this.removed.has(path)) return null;
    const hit = this.inMount(path);
    return hit ? hit.source.readFile(hit.rel) : null;
  }

  /// Stores a file's whole contents (creating parent directories, as tcc expects of `-o`).
  write(path: string, data: Uint8Array): void {
    this.put(path, data, true);
  }

  /// Removes a file; false when there was none.
  unlink(path: string): boolean {
    if (this.kind(path) !== 'file') return false;
    this.files.delete(path);
    this.changed.delete(path);
    this.removed.add(path);
    return true;
  }

  /// Files created or modified during the run, by path.
  written(): Map<string, Uint8Array> {
    const out = new Map<string, Uint8Array>();
    for (const path of this.changed) out.set(path, this.files.get(path)!);
    return out;
  }

  /// Paths deleted during the run (tcc removes a half-written output after an error).
  deleted(): string[] {
    return [...this.removed];
  }

  private put(path: string, data: Uint8Array, changed: boolean): void {
    this.files.set(path, data);
    this.removed.delete(path);
    if (changed) this.changed.add(path);
    this.addParents(parentOf(path));
  }

  private addParents(dir: string): void {
    for (let d = dir; !this.dirs.has(d); d = parentOf(d)) this.dirs.add(d);
  }

  private inMount(path: string): { source: FileSource; rel: string } | undefined {
    for (const m of this.mounts) {
      if (m.at === '/') return { source: m.source, rel: path };
      if (path === m.at) return { source: m.source, rel: '/' };
      if (path.startsWith(m.at + '/')) return { source: m.source, rel: path.slice(m.at.length) };
    }
    return undefined;
  }
}
