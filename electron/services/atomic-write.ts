// Writes that never leave a half-written file: the bytes go to a temporary file in the same
// folder, are flushed to disk, and then replace the target with one rename (atomic on POSIX and
// on NTFS for same-volume renames). A crash or kill leaves either the old file or the new one.
import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/// Prefix of temporary files; listings and the change watcher skip names that start with it.
export const TEMP_PREFIX = '.syscall-lab-tmp-';

/// Replaces `file` with `data`, creating parent folders. On failure the temporary file is removed
/// and the original is untouched; the error propagates to the caller.
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const dir = dirname(file);
  await mkdir(dir, { recursive: true });
  const temp = join(dir, `${TEMP_PREFIX}${basename(file)}-${randomBytes(6).toString('hex')}`);
  const handle = await open(temp, 'wx', 0o644);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (err) {
    await handle.close();
    await rm(temp, { force: true });
    throw err;
  }
  await handle.close();
  try {
    await rename(temp, file);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
  await syncDir(dir);
}

/// Flushes a folder's entry table so the rename itself survives a power cut. Windows cannot open
/// folders this way, which is harmless there (NTFS journals the rename).
async function syncDir(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/// Deletes temporary files a crash or kill left behind under `root` (their targets are intact:
/// the rename never happened). Returns how many were removed.
export async function removeStaleTemps(root: string): Promise<number> {
  let removed = 0;
  const entries = await readdir(root, { withFileTypes: true, recursive: true }).catch(() => []);
  for (const e of entries) {
    if (!e.isFile() || !e.name.startsWith(TEMP_PREFIX)) continue;
    await rm(join(e.parentPath, e.name), { force: true });
    removed++;
  }
  return removed;
}
