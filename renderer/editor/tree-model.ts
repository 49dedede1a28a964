// The file tree as rows: the flat, sorted workspace listing turned into the visible rows of a
// tree view (folders first at each level, collapsed folders hiding their contents).
import type { FileEntry } from '../../electron/ipc/lab-api.ts';

/// One visible row.
export interface TreeRow {
  readonly entry: FileEntry;
  readonly name: string;
  readonly depth: number;
  readonly parent: string | null;
  readonly expanded: boolean;
}

/// The rows to show, given which folders are expanded.
export function visibleRows(
  entries: readonly FileEntry[],
  expanded: ReadonlySet<string>,
): TreeRow[] {
  const children = new Map<string | null, FileEntry[]>();
  for (const e of entries) {
    const cut = e.path.lastIndexOf('/');
    const parent = cut < 0 ? null : e.path.slice(0, cut);
    let list = children.get(parent);
    if (!list) children.set(parent, (list = []));
    list.push(e);
  }
  for (const list of children.values()) {
    list.sort((a, b) =>
      a.kind !== b.kind ? (a.kind === 'dir' ? -1 : 1) : a.path.localeCompare(b.path),
    );
  }
  const rows: TreeRow[] = [];
  const walk = (parent: string | null, depth: number) => {
    for (const entry of children.get(parent) ?? []) {
      const open = entry.kind === 'dir' && expanded.has(entry.path);
      rows.push({
        entry,
        name: entry.path.slice(entry.path.lastIndexOf('/') + 1),
        depth,
        parent,
        expanded: open,
      });
      if (open) walk(entry.path, depth + 1);
    }
  };
  walk(null, 0);
  return rows;
}

/// Every folder above `path` (so it can be revealed).
export function ancestors(path: string): string[] {
  const parts = path.split('/');
  return parts.slice(0, -1).map((_, i) => parts.slice(0, i + 1).join('/'));
}

/// The file to open first: the lesson's first edit if present, else the root Makefile, else any
/// editable file.
export function defaultFile(entries: readonly FileEntry[]): string | null {
  const editable = entries.filter((e) => e.kind === 'file' && e.editable);
  for (const wanted of ['arch/x86/kernel/syscall_table_32.S', 'Makefile']) {
    if (editable.some((e) => e.path === wanted)) return wanted;
  }
  return editable[0]?.path ?? null;
}
