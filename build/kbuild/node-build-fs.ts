/// The Node implementation of `BuildFs` (CLI, Electron main process, tests). Kept apart from the
/// core so the core stays free of Node APIs. Writes go to a temporary file then rename, so a
/// killed build never leaves a half-written object that looks up to date.

import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { BuildFs, FileStat, WriteOptions } from './build-fs.ts';

let tempCounter = 0;

/// A `BuildFs` over the host file system. Paths are used as given (absolute, `/`-separated;
/// Node accepts `/` on Windows too).
export function nodeBuildFs(): BuildFs {
  return {
    async readFile(path: string): Promise<Uint8Array> {
      return new Uint8Array(await readFile(path));
    },
    async writeFile(path: string, data: Uint8Array, options?: WriteOptions): Promise<void> {
      await mkdir(dirname(path), { recursive: true });
      const tmp = `${path}.tmp-${process.pid}-${tempCounter++}`;
      await writeFile(tmp, data, { mode: options?.executable ? 0o755 : 0o644 });
      await rename(tmp, path);
    },
    async stat(path: string): Promise<FileStat | null> {
      try {
        const s = await stat(path);
        return { size: s.size, mtimeMs: s.mtimeMs, isDirectory: s.isDirectory() };
      } catch {
        return null;
      }
    },
    async remove(path: string): Promise<void> {
      await rm(path, { force: true });
    },
    async list(path: string): Promise<string[] | null> {
      try {
        return await readdir(path);
      } catch {
        return null;
      }
    },
  };
}
