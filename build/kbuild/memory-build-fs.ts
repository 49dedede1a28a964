/// An in-memory `BuildFs`: for hosts with no file system of their own (the browser test host) and
/// for reading Makefiles the editor holds but has not saved. Directories exist implicitly.

import type { BuildFs, FileStat } from './build-fs.ts';
import { normalizePath } from './paths.ts';

/// A `BuildFs` over a map of absolute path -> bytes; `files` seeds it (text is UTF-8 encoded).
export class MemoryBuildFs implements BuildFs {
  private readonly files = new Map<string, { data: Uint8Array; mtimeMs: number }>();
  private clock = 1;

  constructor(files: Readonly<Record<string, string | Uint8Array>> = {}) {
    for (const [p, d] of Object.entries(files)) this.put(p, d);
  }

  /// Adds or replaces a file (bumping its mtime).
  put(path: string, data: string | Uint8Array): void {
    const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
    this.files.set(normalizePath(path), { data: bytes, mtimeMs: this.clock++ });
  }

  async readFile(path: string): Promise<Uint8Array> {
    const f = this.files.get(normalizePath(path));
    if (!f) throw new Error(`${path}: No such file`);
    return f.data;
  }

  async writeFile(path: string, data: Uint8Array): Promise<void> {
    this.put(path, data);
  }

  async stat(path: string): Promise<FileStat | null> {
    const p = normalizePath(path);
    const f = this.files.get(p);
    if (f) return { size: f.data.length, mtimeMs: f.mtimeMs, isDirectory: false };
    const prefix = p.endsWith('/') ? p : `${p}/`;
    for (const k of this.files.keys()) {
      if (k.startsWith(prefix)) return { size: 0, mtimeMs: 0, isDirectory: true };
    }
    return null;
  }

  async remove(path: string): Promise<void> {
    this.files.delete(normalizePath(path));
  }

  async list(path: string): Promise<string[] | null> {
    const p = normalizePath(path);
    const prefix = p.endsWith('/') ? p : `${p}/`;
    const names = new Set<string>();
    for (const k of this.files.keys()) {
      if (k.startsWith(prefix)) names.add(k.slice(prefix.length).split('/')[0]);
    }
    return names.size > 0 ? [...names].sort() : null;
  }
}
