// Reading whole trees: walk a folder into a sorted map of POSIX paths, copy a tree, and hash file
// contents. Used to list the workspace, compare it with pristine and seed it on first start.
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { TEMP_PREFIX } from '../atomic-write.ts';

/// One file or folder found by `walkTree`.
export interface TreeNode {
  readonly kind: 'file' | 'dir';
  readonly size: number;
  readonly mtimeMs: number;
}

/// Walks `root` (which may be missing: an empty map) and returns every file and folder under it
/// by POSIX path, sorted, leaving out what `skip` names (and everything inside a skipped folder). Symbolic links and other special files are skipped: a kernel tree has
/// none and following them could leave the workspace. Our own temporary files are skipped too.
export async function walkTree(
  root: string,
  skip: (rel: string) => boolean = () => false,
): Promise<Map<string, TreeNode>> {
  const out = new Map<string, TreeNode>();
  async function visit(dir: string, prefix: string): Promise<void> {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (err) {
      if (prefix === '' && (err as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw err;
    }
    for (const e of entries) {
      if (e.name.startsWith(TEMP_PREFIX)) continue;
      const rel = prefix ? `${prefix}/${e.name}` : e.name;
      if (skip(rel)) continue;
      const full = join(dir, e.name);
      if (e.isDirectory()) {
        const st = await stat(full);
        out.set(rel, { kind: 'dir', size: 0, mtimeMs: st.mtimeMs });
        await visit(full, rel);
      } else if (e.isFile()) {
        const st = await stat(full);
        out.set(rel, { kind: 'file', size: st.size, mtimeMs: st.mtimeMs });
      }
    }
  }
  await visit(root, '');
  return new Map([...out.entries()].sort(([a], [b]) => comparePaths(a, b)));
}

/// Orders paths segment by segment, so `a/b` sorts right after `a` and before `a-c`.
export function comparePaths(a: string, b: string): number {
  const sa = a.split('/');
  const sb = b.split('/');
  for (let i = 0; i < Math.min(sa.length, sb.length); i++) {
    if (sa[i] !== sb[i]) return sa[i] < sb[i] ? -1 : 1;
  }
  return sa.length - sb.length;
}

/// Copies every file and folder of `from` into `to` (created). With `overwrite` false, files that
/// already exist in `to` are kept: that is how an interrupted first start resumes without
/// touching anything the learner may already have edited.
export async function copyTree(
  from: string,
  to: string,
  overwrite: boolean,
  skip?: (rel: string) => boolean,
): Promise<number> {
  await mkdir(to, { recursive: true });
  let copied = 0;
  for (const [rel, node] of await walkTree(from, skip)) {
    const target = join(to, ...rel.split('/'));
    if (node.kind === 'dir') {
      await mkdir(target, { recursive: true });
      continue;
    }
    try {
      await copyFile(join(from, ...rel.split('/')), target, overwrite ? 0 : 1 /* COPYFILE_EXCL */);
      copied++;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
  }
  return copied;
}

/// The content version used by the API: a SHA-1 of the bytes (not a security boundary; it only
/// detects that a file changed).
export function contentVersion(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('hex');
}
