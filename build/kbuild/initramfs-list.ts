/// Reads a gen_init_cpio list (`usr/initramfs_list`, contract section 2) into entries for the
/// packer: `dir NAME MODE UID GID`, `file NAME SRC MODE UID GID`, `nod NAME MODE UID GID c|b MAJ
/// MIN`, `slink NAME TARGET MODE UID GID`; `#` comments and blank lines are skipped. A `file`'s
/// SRC is looked up under the build output first (built programs), then in the tree (data files).

import type { BuildFs } from './build-fs.ts';
import { TreeError } from './errors.ts';
import { joinPath } from './paths.ts';
import type { InitramfsEntry } from './tools.ts';

/// One parsed line before file contents are read; `src` is set for `file` lines.
export interface ListLine {
  readonly line: number;
  readonly kind: InitramfsEntry['kind'];
  readonly fields: readonly string[];
}

const ARITY: Readonly<Record<string, number>> = { dir: 4, file: 5, nod: 7, slink: 5 };

/// Parses list text; throws a TreeError at the first malformed line.
export function parseInitramfsList(file: string, text: string): ListLine[] {
  const out: ListLine[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const body = raw.replace(/#.*/, '').trim();
    if (body === '') return;
    const [kind, ...fields] = body.split(/\s+/);
    const at = { file, line: i + 1 };
    const want = ARITY[kind];
    if (want === undefined)
      throw new TreeError(at, `unknown entry type '${kind}' (expected dir, file, nod or slink)`);
    if (fields.length !== want)
      throw new TreeError(at, `'${kind}' takes ${want} fields, found ${fields.length}`);
    const modeAt = kind === 'file' || kind === 'slink' ? 2 : 1;
    for (const [k, v] of [
      ['mode', fields[modeAt]],
      ['uid', fields[modeAt + 1]],
      ['gid', fields[modeAt + 2]],
    ]) {
      if (!(k === 'mode' ? /^[0-7]+$/ : /^\d+$/).test(v))
        throw new TreeError(at, `bad ${k} '${v}'`);
    }
    if (kind === 'nod' && !/^[cb]$/.test(fields[4]))
      throw new TreeError(at, `device type must be 'c' or 'b', not '${fields[4]}'`);
    out.push({ line: i + 1, kind: kind as InitramfsEntry['kind'], fields });
  });
  return out;
}

/// Where a `file` line's SRC is: under `out` if built there, else under `tree`; null if neither.
export async function resolveSource(
  fs: BuildFs,
  out: string,
  tree: string,
  src: string,
): Promise<string | null> {
  for (const base of [out, tree]) {
    const p = joinPath(base, src);
    const st = await fs.stat(p);
    if (st && !st.isDirectory) return p;
  }
  return null;
}

/// Turns parsed lines into packer entries, reading each `file` from `paths` (line -> abs path).
export async function toEntries(
  fs: BuildFs,
  lines: readonly ListLine[],
  paths: ReadonlyMap<number, string>,
): Promise<InitramfsEntry[]> {
  const entries: InitramfsEntry[] = [];
  for (const l of lines) {
    const f = l.fields;
    const id = (i: number) => ({
      mode: parseInt(f[i], 8),
      uid: Number(f[i + 1]),
      gid: Number(f[i + 2]),
    });
    if (l.kind === 'dir') entries.push({ kind: 'dir', name: f[0], ...id(1) });
    else if (l.kind === 'slink')
      entries.push({ kind: 'slink', name: f[0], target: f[1], ...id(2) });
    else if (l.kind === 'nod') {
      entries.push({
        kind: 'nod',
        name: f[0],
        ...id(1),
        device: f[4] as 'c' | 'b',
        major: Number(f[5]),
        minor: Number(f[6]),
      });
    } else
      entries.push({
        kind: 'file',
        name: f[0],
        ...id(2),
        data: await fs.readFile(paths.get(l.line) ?? ''),
      });
  }
  return entries;
}
