/// The Node implementation of `BuildFs` (CLI, Electron main process, tests). Kept apart from the
/// core so the core stays free of Node APIs. It uses Node's synchronous calls behind the async
/// interface on purpose: a build touches hundreds of small files, and a thread-pool round trip
/// per stat/read/write cost more than the work itself (measured: most of a warm rebuild was idle
/// waiting). Writes go to a temporary file then rename, so a killed build never leaves a
/// half-written object that looks up to date.

import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname } from 'node:path';
import type { BuildFs, FileStat, WriteOptions } from './build-fs.ts';

let tempCounter = 0;

/// A `BuildFs` over the host file system. Paths are used as given (absolute, `/`-separated;
/// Node accepts `/` on Windows too).
export function nodeBuildFs(): BuildFs {
  const made = new Set<string>();
  const ensureDir = (dir: string) => {
    if (made.has(dir)) return;
    mkdirSync(dir, { recursive: true });
    made.add(dir);
  };
  return {
    async readFile(path: string): Promise<Uint8Array> {
      return new Uint8Array(readFileSync(path));
    },
    async writeFile(path: string, data: Uint8Array, options?: WriteOptions): Promise<void> {
      ensureDir(dirname(path));
      const tmp = `${path}.tmp-${process.pid}-${tempCounter++}`;
      writeFileSync(tmp, data, { mode: options?.executable ? 0o755 : 0o644 });
      renameSync(tmp, path);
    },
    async stat(path: string): Promise<FileStat | null> {
      const s = statSync(path, { throwIfNoEntry: false });
      return s ? { size: s.size, mtimeMs: s.mtimeMs, isDirectory: s.isDirectory() } : null;
    },
    async remove(path: string): Promise<void> {
      rmSync(path, { force: true });
    },
    async list(path: string): Promise<string[] | null> {
      try {
        return readdirSync(path);
      } catch {
        return null;
      }
    },
  };
}
