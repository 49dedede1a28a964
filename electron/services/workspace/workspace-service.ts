// The learner's kernel tree on disk: list, read, save (atomically), reset to pristine, diff and
// export a patch, and notice changes made outside the app. Plain Node (no Electron), shared by
// the Electron main process and the browser test host. Answers `LabApi['workspace']`.
import { readFile, rm, rmdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type {
  DiffRequest,
  FileContent,
  FileEntry,
  FileStatus,
  LabApi,
  PatchExport,
  RemoveRequest,
  ResetRequest,
  ResetResult,
  WorkspaceDiff,
  WorkspaceInfo,
  WorkspaceListing,
  WriteRequest,
  WriteResult,
} from '../../ipc/lab-api.ts';
import { LabError } from '../../ipc/lab-errors.ts';
import { MAX_FILE_BYTES } from '../../ipc/validate.ts';
import { removeStaleTemps, writeFileAtomic } from '../atomic-write.ts';
import { diffTrees, patchFileName, renderPatch } from './changes.ts';
import { decodeText, resolveInside, textProblem } from './paths.ts';
import type { SeedReport, WorkspaceDirs } from './seed.ts';
import { readOrNull, seedWorkspace, workspaceDirs } from './seed.ts';
import { contentVersion, walkTree } from './tree.ts';
import type { WatcherConfig } from './watcher.ts';
import { DEFAULT_WATCHER_CONFIG, TreeWatcher } from './watcher.ts';

/// Where the service keeps its trees and how it behaves.
export interface WorkspaceConfig {
  /// The shipped pristine kernel tree (read only; may be missing, giving an empty tree).
  readonly shippedRoot: string;
  /// The user data folder (the workspace and its pristine snapshot live inside).
  readonly dataDir: string;
  readonly maxFileBytes?: number;
  /// Timing of the external-change watcher; `null` disables watching (one-shot tools).
  readonly watch?: WatcherConfig | null;
  /// Called with the paths changed outside the app.
  readonly onExternalChange?: (paths: string[]) => void;
}

/// The workspace API over one data folder. Call `open()` before anything else and `close()` at
/// the end (it stops the watcher).
export class WorkspaceService implements Readonly<LabApi['workspace']> {
  readonly dirs: WorkspaceDirs;
  private readonly maxBytes: number;
  private watcher: TreeWatcher | null = null;

  constructor(private readonly config: WorkspaceConfig) {
    this.dirs = workspaceDirs(config.dataDir);
    this.maxBytes = config.maxFileBytes ?? MAX_FILE_BYTES;
  }

  /// Seeds the workspace on first start (or upgrades it), then starts watching for changes.
  async open(): Promise<SeedReport> {
    const report = await seedWorkspace(this.config.shippedRoot, this.dirs);
    await removeStaleTemps(this.dirs.workspace);
    const watchConfig =
      this.config.watch === undefined ? DEFAULT_WATCHER_CONFIG : this.config.watch;
    if (watchConfig && this.config.onExternalChange) {
      this.watcher = new TreeWatcher(
        this.dirs.workspace,
        this.config.onExternalChange,
        watchConfig,
      );
      await this.watcher.start();
    }
    return report;
  }

  /// Stops watching.
  close(): void {
    this.watcher?.close();
    this.watcher = null;
  }

  /// Rescans for outside changes now (reported through `onExternalChange`).
  async checkExternalChanges(): Promise<void> {
    await this.watcher?.scanNow();
  }

  async info(): Promise<WorkspaceInfo> {
    const tree = await walkTree(this.dirs.workspace);
    const fileCount = [...tree.values()].filter((n) => n.kind === 'file').length;
    return {
      root: this.dirs.workspace,
      pristineRoot: this.dirs.pristine,
      maxFileBytes: this.maxBytes,
      fileCount,
    };
  }

  async list(): Promise<WorkspaceListing> {
    const mine = await walkTree(this.dirs.workspace);
    const base = await walkTree(this.dirs.pristine);
    const entries: FileEntry[] = [];
    for (const [rel, node] of mine) {
      if (node.kind === 'file') entries.push(await this.fileEntry(rel));
      else
        entries.push({
          path: rel,
          kind: 'dir',
          size: 0,
          status: base.has(rel) ? 'unchanged' : 'added',
          editable: false,
        });
    }
    for (const [rel, node] of base) {
      if (node.kind !== 'file' || mine.has(rel)) continue;
      const note = 'deleted; can be restored from the pristine tree';
      entries.push({ path: rel, kind: 'file', size: 0, status: 'deleted', editable: false, note });
    }
    entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { entries };
  }

  /// The listing row of an existing workspace file.
  private async fileEntry(rel: string): Promise<FileEntry> {
    const bytes = await readFile(this.abs(rel));
    const problem = textProblem(bytes, this.maxBytes);
    const status = await this.statusOf(rel, bytes);
    return {
      path: rel,
      kind: 'file',
      size: bytes.length,
      status,
      editable: !problem,
      note: problem?.message,
    };
  }

  async read(request: { readonly path: string }): Promise<FileContent> {
    const file = await resolveInside(this.dirs.workspace, request.path);
    const bytes = await this.readExisting(file, request.path);
    this.assertText(bytes, request.path);
    const status = await this.statusOf(request.path, bytes);
    return { path: request.path, text: decodeText(bytes), version: contentVersion(bytes), status };
  }

  async write(request: WriteRequest): Promise<WriteResult> {
    const file = await resolveInside(this.dirs.workspace, request.path);
    const bytes = new TextEncoder().encode(request.text);
    this.assertText(bytes, request.path);
    const current = await readOrNull(file);
    if (current === null && (await isDirectory(file))) {
      throw new LabError('conflict', 'a folder already has this name', request.path);
    }
    if (
      request.baseVersion !== undefined &&
      (current === null || contentVersion(current) !== request.baseVersion)
    ) {
      throw new LabError(
        'conflict',
        'the file changed on disk since it was opened; reload it first',
        request.path,
      );
    }
    const version = contentVersion(bytes);
    this.watcher?.expect(request.path, version);
    await writeFileAtomic(file, bytes);
    await this.rememberOwnChange(request.path, file);
    return { path: request.path, version, status: await this.statusOf(request.path, bytes) };
  }

  async remove(request: RemoveRequest): Promise<ResetResult> {
    requireConfirmation(request.confirm, request.path, 'removing');
    const file = await resolveInside(this.dirs.workspace, request.path);
    const st = await stat(file).catch(() => null);
    if (!st) throw new LabError('not-found', 'no such file or folder', request.path);
    if (st.isDirectory()) {
      await rmdir(file).catch(() => {
        throw new LabError('conflict', 'folder is not empty; remove its files first', request.path);
      });
    } else {
      await rm(file);
    }
    this.watcher?.remember(request.path, null);
    return { paths: [request.path] };
  }

  async reset(request: ResetRequest): Promise<ResetResult> {
    const location = request.path ?? 'workspace';
    requireConfirmation(request.confirm, location, 'resetting');
    const prefix = request.path;
    if (prefix !== undefined) await resolveInside(this.dirs.workspace, prefix);
    const changes = await diffTrees(this.dirs.pristine, this.dirs.workspace, this.maxBytes);
    const touched: string[] = [];
    for (const change of changes) {
      if (prefix !== undefined && change.path !== prefix && !change.path.startsWith(`${prefix}/`))
        continue;
      const target = this.abs(change.path);
      const original = await readOrNull(join(this.dirs.pristine, ...change.path.split('/')));
      if (original === null) await rm(target, { force: true });
      else await writeFileAtomic(target, original);
      touched.push(change.path);
    }
    await this.pruneAddedFolders(prefix);
    if (prefix !== undefined && touched.length === 0 && !(await exists(this.abs(prefix)))) {
      const inPristine = await exists(join(this.dirs.pristine, ...prefix.split('/')));
      if (!inPristine)
        throw new LabError('not-found', 'not in the workspace or the pristine tree', prefix);
    }
    await this.watcher?.resync();
    return { paths: touched };
  }

  async diff(request: DiffRequest): Promise<WorkspaceDiff> {
    const changes = await diffTrees(this.dirs.pristine, this.dirs.workspace, this.maxBytes);
    const prefix = request.path;
    const files =
      prefix === undefined
        ? changes
        : changes.filter((c) => c.path === prefix || c.path.startsWith(`${prefix}/`));
    return { files };
  }

  async exportPatch(): Promise<PatchExport> {
    const changes = await diffTrees(this.dirs.pristine, this.dirs.workspace, this.maxBytes);
    const { patch, skipped } = renderPatch(changes);
    return {
      fileName: patchFileName(new Date()),
      patch,
      files: changes.length - skipped.length,
      skipped,
    };
  }

  /// Removes folders the learner created that a reset left empty (deepest first).
  private async pruneAddedFolders(prefix: string | undefined): Promise<void> {
    const base = await walkTree(this.dirs.pristine);
    const dirs = [...(await walkTree(this.dirs.workspace))]
      .filter(([rel, node]) => node.kind === 'dir' && !base.has(rel))
      .map(([rel]) => rel)
      .filter((rel) => prefix === undefined || rel === prefix || rel.startsWith(`${prefix}/`))
      .reverse();
    for (const rel of dirs) await rmdir(this.abs(rel)).catch(() => undefined);
  }

  private abs(rel: string): string {
    return join(this.dirs.workspace, ...rel.split('/'));
  }

  private async statusOf(rel: string, bytes: Uint8Array): Promise<FileStatus> {
    const original = await readOrNull(join(this.dirs.pristine, ...rel.split('/')));
    if (original === null) return 'added';
    return original.equals(bytes) ? 'unchanged' : 'modified';
  }

  private async readExisting(file: string, rel: string): Promise<Buffer> {
    const bytes = await readOrNull(file);
    if (bytes === null) {
      const why = (await isDirectory(file)) ? 'is a folder, not a file' : 'no such file';
      throw new LabError('not-found', why, rel);
    }
    return bytes;
  }

  private assertText(bytes: Uint8Array, rel: string): void {
    const problem = textProblem(bytes, this.maxBytes);
    if (problem) throw new LabError(problem.code, problem.message, rel);
  }

  private async rememberOwnChange(rel: string, file: string): Promise<void> {
    const st = await stat(file);
    this.watcher?.remember(rel, { kind: 'file', size: st.size, mtimeMs: st.mtimeMs });
  }
}

function requireConfirmation(confirm: boolean, location: string, what: string): void {
  if (confirm !== true) {
    throw new LabError(
      'needs-confirmation',
      `${what} discards work; ask the learner, then send confirm: true`,
      location,
    );
  }
}

async function isDirectory(file: string): Promise<boolean> {
  return (await stat(file).catch(() => null))?.isDirectory() ?? false;
}

async function exists(file: string): Promise<boolean> {
  return (await stat(file).catch(() => null)) !== null;
}
