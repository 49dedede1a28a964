/// The file access the build core needs, as a narrow interface: the core never touches `node:fs`,
/// so the Electron main process, a worker or a test can each supply their own. Paths are absolute,
/// POSIX-style (`/` separators); adapters translate host paths.

/// What `stat` reports: enough for the up-to-date check.
export interface FileStat {
  readonly size: number;
  readonly mtimeMs: number;
  readonly isDirectory: boolean;
}

/// How to write a file.
export interface WriteOptions {
  readonly executable?: boolean;
}

/// File operations the runner uses. Implementations must create parent directories on write.
export interface BuildFs {
  /// The file's bytes; rejects when it does not exist or cannot be read.
  readFile(path: string): Promise<Uint8Array>;
  /// Writes a whole file atomically where the host allows (temp file + rename); `executable`
  /// marks it runnable (mode 0755, as ld leaves a program) where the host has such a mode.
  writeFile(path: string, data: Uint8Array, options?: WriteOptions): Promise<void>;
  /// Size, mtime and kind, or `null` when nothing exists at `path`.
  stat(path: string): Promise<FileStat | null>;
  /// Removes a file if it exists (no error when it does not).
  remove(path: string): Promise<void>;
  /// Names in a directory (files and subdirectories), or `null` when it is not a directory.
  list(path: string): Promise<string[] | null>;
}

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/// Reads a UTF-8 text file through a `BuildFs`.
export async function readText(fs: BuildFs, path: string): Promise<string> {
  return decoder.decode(await fs.readFile(path));
}

/// Writes a UTF-8 text file through a `BuildFs`.
export async function writeText(fs: BuildFs, path: string, text: string): Promise<void> {
  await fs.writeFile(path, encoder.encode(text));
}
