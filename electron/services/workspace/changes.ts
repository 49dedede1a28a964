// The learner's changes as data: compare the workspace with its pristine snapshot file by file,
// and render all changes as one patch for `patch -p1`.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FileDiff } from '../../ipc/lab-api.ts';
import { unifiedDiff } from './diff.ts';
import { decodeText, textProblem } from './paths.ts';
import { walkTree } from './tree.ts';

/// Every file that differs between `pristineRoot` and `workspaceRoot`, sorted by path. Binary or
/// oversized files are reported with `binary: true` and no diff text.
export async function diffTrees(
  pristineRoot: string,
  workspaceRoot: string,
  maxBytes: number,
): Promise<FileDiff[]> {
  const base = await walkTree(pristineRoot);
  const mine = await walkTree(workspaceRoot);
  const paths = new Set<string>();
  for (const [rel, node] of base) if (node.kind === 'file') paths.add(rel);
  for (const [rel, node] of mine) if (node.kind === 'file') paths.add(rel);
  const out: FileDiff[] = [];
  for (const rel of [...paths].sort()) {
    const before =
      base.get(rel)?.kind === 'file' ? await readFile(join(pristineRoot, ...rel.split('/'))) : null;
    const after =
      mine.get(rel)?.kind === 'file'
        ? await readFile(join(workspaceRoot, ...rel.split('/')))
        : null;
    if (before && after && before.equals(after)) continue;
    const status = before === null ? 'added' : after === null ? 'deleted' : 'modified';
    const binary = [before, after].some((b) => b !== null && textProblem(b, maxBytes) !== null);
    if (binary) {
      out.push({ path: rel, status, diff: '', added: 0, removed: 0, binary: true });
      continue;
    }
    const d = unifiedDiff(rel, before && decodeText(before), after && decodeText(after));
    out.push({
      path: rel,
      status,
      diff: d.text,
      added: d.added,
      removed: d.removed,
      binary: false,
    });
  }
  return out;
}

/// One patch of all text changes. Files `patch` cannot carry (binary ones, and empty files,
/// which a unified diff cannot create) are returned in `skipped`.
export function renderPatch(changes: readonly FileDiff[]): { patch: string; skipped: string[] } {
  const skipped: string[] = [];
  const parts: string[] = [];
  for (const change of changes) {
    if (change.binary || change.diff === '') skipped.push(change.path);
    else parts.push(change.diff);
  }
  const header =
    parts.length === 0
      ? '# Syscall Lab: no changes against the pristine kernel tree.\n'
      : '# Syscall Lab: changes against the pristine kernel tree. Apply inside a pristine copy with: patch -p1 < FILE\n';
  return { patch: header + parts.join(''), skipped };
}

/// `syscall-lab-20261125-0912.patch` (local time: it is the learner's file name).
export function patchFileName(now: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  const stamp = `${now.getFullYear()}${two(now.getMonth() + 1)}${two(now.getDate())}-${two(now.getHours())}${two(now.getMinutes())}`;
  return `syscall-lab-${stamp}.patch`;
}
