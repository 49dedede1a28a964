/// The persisted build state, Kbuild's `.cmd` files in one JSON document: for every target the
/// command that made it and the content hash of every input it was made from (for objects, the
/// source and each header the compiler's `-MD` output named). A target is stale when it has no
/// record, its output is gone, its command changed, or any recorded input's content changed.
/// File hashes are cached by size and mtime so an unchanged tree costs one `stat` per file.

import type { BuildFs } from './build-fs.ts';
import { readText, writeText } from './build-fs.ts';
import { hashBytes } from './hash.ts';

/// How one target was last made.
export interface TargetRecord {
  readonly command: string;
  /// Absolute input path -> content hash at the time of the build.
  readonly inputs: Readonly<Record<string, string>>;
}

interface FileEntry {
  readonly size: number;
  readonly mtimeMs: number;
  readonly hash: string;
}

interface StateData {
  version: number;
  files: Record<string, FileEntry>;
  targets: Record<string, TargetRecord>;
}

const VERSION = 1;

/// The state of one output directory's builds; load, consult, record, save.
export class BuildState {
  private readonly memo = new Map<string, Promise<string | null>>();
  /// Whether anything changed since the last save (a build that rebuilt nothing writes nothing).
  private dirty = false;

  private constructor(
    private readonly fs: BuildFs,
    private readonly path: string,
    private readonly data: StateData,
  ) {}

  /// Loads the state at `path`; a missing, corrupt or older-version file means a full build.
  static async load(fs: BuildFs, path: string): Promise<BuildState> {
    let data: StateData = { version: VERSION, files: {}, targets: {} };
    try {
      const parsed = JSON.parse(await readText(fs, path)) as StateData;
      if (parsed?.version === VERSION && parsed.files && parsed.targets) data = parsed;
    } catch {
      // No usable state: everything is rebuilt, which is always correct.
    }
    return new BuildState(fs, path, data);
  }

  /// Writes the state (atomically, through the BuildFs).
  async save(): Promise<void> {
    if (!this.dirty) return;
    await writeText(this.fs, this.path, JSON.stringify(this.data));
    this.dirty = false;
  }

  /// Starts another build with this state (a warm runner keeps it): file hashes are looked at
  /// afresh, since the tree may have changed since the last build.
  beginBuild(): void {
    this.memo.clear();
  }

  /// The content hash of an absolute path, or null when it does not exist.
  hash(path: string): Promise<string | null> {
    let p = this.memo.get(path);
    if (!p) this.memo.set(path, (p = this.computeHash(path)));
    return p;
  }

  /// Forgets the memoised hash of a file this build has just (re)written.
  touched(path: string): void {
    this.memo.delete(path);
  }

  /// Why `target` must be rebuilt, or null when it is up to date. `output` is its absolute path.
  async staleReason(
    target: string,
    output: string,
    command: string,
    inputs: readonly string[],
  ): Promise<string | null> {
    const rec = this.data.targets[target];
    if (!rec) return 'no record of a previous build';
    if (!(await this.fs.stat(output))) return 'output missing';
    if (rec.command !== command) return 'command changed';
    for (const input of inputs) if (!(input in rec.inputs)) return `new input ${input}`;
    for (const [input, hash] of Object.entries(rec.inputs)) {
      if ((await this.hash(input)) !== hash) return `${input} changed`;
    }
    return null;
  }

  /// Records that `target` was just built by `command` from `inputs` (hashed now).
  async record(target: string, command: string, inputs: readonly string[]): Promise<void> {
    const hashes: Record<string, string> = {};
    for (const input of inputs) {
      this.touched(input);
      const h = await this.hash(input);
      if (h !== null) hashes[input] = h;
    }
    this.data.targets[target] = { command, inputs: hashes };
    this.dirty = true;
  }

  /// The inputs recorded for `target` (absolute paths), or none.
  inputsOf(target: string): string[] {
    return Object.keys(this.data.targets[target]?.inputs ?? {});
  }

  /// Drops a target's record (its build failed: it must be retried next time).
  forget(target: string): void {
    if (target in this.data.targets) this.dirty = true;
    delete this.data.targets[target];
  }

  private async computeHash(path: string): Promise<string | null> {
    const st = await this.fs.stat(path);
    if (!st || st.isDirectory) return null;
    const cached = this.data.files[path];
    if (cached && cached.size === st.size && cached.mtimeMs === st.mtimeMs) return cached.hash;
    const hash = hashBytes(await this.fs.readFile(path));
    this.data.files[path] = { size: st.size, mtimeMs: st.mtimeMs, hash };
    this.dirty = true;
    return hash;
  }
}
