/// Reuses the build plan between builds of a warm runner. Planning reads every Makefile and
/// probes every source's existence; the cache records each file the planner consulted (through
/// a recording `BuildFs`) with its size, mtime and kind, and hands back the previous plan while
/// all of them still look the same. Any change to any Makefile, included file, listed directory
/// or source file's presence plans afresh.

import type { BuildFs, FileStat } from './build-fs.ts';

type Seen = Map<string, string>;

function stamp(st: FileStat | null): string {
  return st ? `${st.isDirectory ? 'd' : 'f'}:${st.size}:${st.mtimeMs}` : '-';
}

/// A BuildFs that remembers what it was asked about (for read-only use by the planner).
function recording(fs: BuildFs, seen: Seen): BuildFs {
  const note = async (path: string) => {
    if (!seen.has(path)) seen.set(path, stamp(await fs.stat(path)));
  };
  return {
    ...fs,
    async stat(path) {
      const st = await fs.stat(path);
      if (!seen.has(path)) seen.set(path, stamp(st));
      return st;
    },
    async readFile(path) {
      await note(path);
      return fs.readFile(path);
    },
    async list(path) {
      await note(path);
      return fs.list(path);
    },
  };
}

/// One cached plan of type `P` with the files it was made from.
export class PlanCache<P> {
  private entry: { plan: P; seen: Seen } | null = null;

  constructor(private readonly fs: BuildFs) {}

  /// The cached plan if nothing it depends on changed, else a new one from `make` (which must do
  /// all its file access through the BuildFs it is given). A plan that throws is not cached.
  async get(make: (fs: BuildFs) => Promise<P>): Promise<P> {
    if (this.entry && (await this.unchanged(this.entry.seen))) return this.entry.plan;
    const seen: Seen = new Map();
    this.entry = null;
    const plan = await make(recording(this.fs, seen));
    this.entry = { plan, seen };
    return plan;
  }

  private async unchanged(seen: Seen): Promise<boolean> {
    for (const [path, was] of seen) if (stamp(await this.fs.stat(path)) !== was) return false;
    return true;
  }
}
