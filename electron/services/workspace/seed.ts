// First start and upgrades: the app ships a pristine kernel tree; the learner works on a copy in
// the user data folder, next to a snapshot of the pristine tree it was copied from (so diffs and
// resets stay right even after the app itself is updated). Layout under the data folder:
//   workspace/       the learner's tree
//   pristine/        snapshot of the shipped tree the workspace was seeded from
//   workspace.json   { format, fingerprint, seededAt } written last, so a crash mid-seed resumes
import { readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../atomic-write.ts';
import type { IgnoreRule } from './ignore-rules.ts';
import { loadIgnoreRules } from './ignore-rules.ts';
import { contentVersion, copyTree, walkTree } from './tree.ts';

/// Folders and files of a seeded workspace.
export interface WorkspaceDirs {
  readonly workspace: string;
  readonly pristine: string;
  readonly manifest: string;
}

/// What seeding did: nothing, a first copy, or an upgrade that kept the learner's edits.
export interface SeedReport {
  readonly action: 'none' | 'created' | 'upgraded';
  /// Files an upgrade brought in or updated (unmodified by the learner).
  readonly updated: readonly string[];
  /// Files an upgrade left alone because the learner changed them.
  readonly kept: readonly string[];
}

interface Manifest {
  readonly format: 1;
  readonly fingerprint: string;
  readonly seededAt: string;
}

/// The folders for a data directory.
export function workspaceDirs(dataDir: string): WorkspaceDirs {
  return {
    workspace: join(dataDir, 'workspace'),
    pristine: join(dataDir, 'pristine'),
    manifest: join(dataDir, 'workspace.json'),
  };
}

/// Makes sure `dirs` holds a workspace seeded from `shippedRoot` (which may be missing: an empty
/// tree). Never overwrites a file the learner changed.
export async function seedWorkspace(shippedRoot: string, dirs: WorkspaceDirs): Promise<SeedReport> {
  const skip = await loadIgnoreRules(shippedRoot);
  const fingerprint = await treeFingerprint(shippedRoot, skip);
  const manifest = await readManifest(dirs.manifest);
  if (manifest?.fingerprint === fingerprint) return { action: 'none', updated: [], kept: [] };
  if (!manifest) {
    await replaceSnapshot(shippedRoot, dirs.pristine, skip);
    await copyTree(shippedRoot, dirs.workspace, false, skip);
    await writeManifest(dirs.manifest, fingerprint);
    return { action: 'created', updated: [], kept: [] };
  }
  const report = await upgrade(shippedRoot, dirs, skip);
  await replaceSnapshot(shippedRoot, dirs.pristine, skip);
  await writeManifest(dirs.manifest, fingerprint);
  return report;
}

/// Three-way update of the workspace from the old snapshot to the new shipped tree: a file the
/// learner never touched follows the shipped tree; a changed one is kept as the learner left it.
async function upgrade(
  shippedRoot: string,
  dirs: WorkspaceDirs,
  skip: IgnoreRule,
): Promise<SeedReport> {
  const oldTree = await walkTree(dirs.pristine);
  const newTree = await walkTree(shippedRoot, skip);
  const updated: string[] = [];
  const kept: string[] = [];
  const paths = new Set([...oldTree.keys(), ...newTree.keys()]);
  for (const rel of paths) {
    if (oldTree.get(rel)?.kind === 'dir' || newTree.get(rel)?.kind === 'dir') continue;
    const parts = rel.split('/');
    const base = await readOrNull(join(dirs.pristine, ...parts));
    const next = await readOrNull(join(shippedRoot, ...parts));
    const mine = await readOrNull(join(dirs.workspace, ...parts));
    if (same(base, next)) continue;
    if (!same(mine, base)) {
      kept.push(rel);
      continue;
    }
    const target = join(dirs.workspace, ...parts);
    if (next === null) await rm(target, { force: true });
    else await writeFileAtomic(target, next);
    updated.push(rel);
  }
  return { action: 'upgraded', updated, kept };
}

/// Copies the shipped tree to a fresh folder, then swaps it in for the old snapshot.
async function replaceSnapshot(
  shippedRoot: string,
  pristine: string,
  skip: IgnoreRule,
): Promise<void> {
  const fresh = `${pristine}.new`;
  await rm(fresh, { recursive: true, force: true });
  await copyTree(shippedRoot, fresh, true, skip);
  await rm(pristine, { recursive: true, force: true });
  await rename(fresh, pristine);
}

/// A hash over every path and file content of a tree (minus what `skip` names).
export async function treeFingerprint(root: string, skip?: IgnoreRule): Promise<string> {
  const parts: string[] = [];
  for (const [rel, node] of await walkTree(root, skip)) {
    if (node.kind === 'dir') parts.push(`d ${rel}`);
    else parts.push(`f ${rel} ${contentVersion(await readFile(join(root, ...rel.split('/'))))}`);
  }
  return contentVersion(new TextEncoder().encode(parts.join('\n')));
}

async function readManifest(file: string): Promise<Manifest | null> {
  try {
    const value = JSON.parse(await readFile(file, 'utf8')) as Partial<Manifest>;
    return value.format === 1 && typeof value.fingerprint === 'string' ? (value as Manifest) : null;
  } catch {
    return null;
  }
}

async function writeManifest(file: string, fingerprint: string): Promise<void> {
  const manifest: Manifest = { format: 1, fingerprint, seededAt: new Date().toISOString() };
  await writeFileAtomic(file, JSON.stringify(manifest, null, 2) + '\n');
}

/// Reads a file, or null when it does not exist.
export async function readOrNull(file: string): Promise<Buffer | null> {
  try {
    return await readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') return null;
    throw err;
  }
}

function same(a: Buffer | null, b: Buffer | null): boolean {
  return a === null || b === null ? a === b : a.equals(b);
}
