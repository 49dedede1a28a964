// SHF_MERGE sections in a final link, as GNU ld merges them: within one output section, input
// sections with the same flags, entry size and alignment share their pieces (NUL-terminated
// strings, or fixed-size constants). Each piece is kept once, in the input section where it first
// occurs; a string that ends another kept string is not kept at all but points into it (tail
// merging). Each input section shrinks to the pieces it keeps; `addressOf` maps every input offset
// to the kept copy, for symbols and relocations.
import { SHF, SHT } from '../elf/constants.ts';
import type { InputSection, OutSection } from './model.ts';

interface Piece {
  readonly sec: InputSection;
  readonly start: number;
  readonly bytes: Uint8Array;
  readonly key: string;
}

interface Kept {
  owner: InputSection;
  offset: number;
  readonly bytes: Uint8Array;
  /// For tail-merged strings: the kept string this one ends, and the distance into it.
  into: Kept | null;
  delta: number;
}

/// Merges every mergeable group of every output section (executables only: `ld -r` keeps them).
export function mergeSections(sections: readonly OutSection[]): void {
  for (const os of sections) {
    const groups = new Map<string, InputSection[]>();
    for (const sec of os.inputs) {
      if (!mergeable(sec)) continue;
      const key = `${sec.flags & (SHF.MERGE | SHF.STRINGS)}/${entsize(sec)}/${sec.align}`;
      const list = groups.get(key) ?? [];
      list.push(sec);
      groups.set(key, list);
    }
    for (const list of groups.values()) mergeGroup(list);
  }
}

function entsize(sec: InputSection): number {
  return sec.obj.elf.sections[sec.index]?.entsize ?? 0;
}

// Strings are merged when byte-aligned (GNU's per-string alignment rules for wider ones are not
// reproduced); constants when their size is a multiple of the entry size. Relocated sections stay.
function mergeable(sec: InputSection): boolean {
  if ((sec.flags & SHF.MERGE) === 0 || sec.type === SHT.NOBITS || sec.index < 0) return false;
  if (sec.relocs && sec.relocs.length > 0) return false;
  const size = entsize(sec);
  if (size === 0) return false;
  if (sec.flags & SHF.STRINGS) return size === 1 && sec.align === 1;
  return sec.size % size === 0;
}

function splitPieces(sec: InputSection): Piece[] {
  const out: Piece[] = [];
  const d = sec.data;
  const strings = (sec.flags & SHF.STRINGS) !== 0;
  const size = entsize(sec);
  for (let at = 0; at < d.length;) {
    let end = at + size;
    if (strings) {
      end = at;
      while (end < d.length && d[end] !== 0) end++;
      end = Math.min(end + 1, d.length);
    }
    const bytes = d.subarray(at, end);
    out.push({
      sec,
      start: at,
      bytes,
      key: String.fromCharCode.apply(null, bytes as unknown as number[]),
    });
    at = end;
  }
  return out;
}

function mergeGroup(list: InputSection[]): void {
  const strings = (list[0].flags & SHF.STRINGS) !== 0;
  const pieces = list.map(splitPieces);
  const unique = new Map<string, Kept>();
  for (const ps of pieces) {
    for (const p of ps)
      if (!unique.has(p.key))
        unique.set(p.key, { owner: p.sec, offset: 0, bytes: p.bytes, into: null, delta: 0 });
  }
  if (strings) tailMerge(unique);
  const sizes = new Map<InputSection, number>(list.map((s) => [s, 0]));
  for (const k of unique.values()) {
    if (k.into) continue;
    k.offset = sizes.get(k.owner)!;
    sizes.set(k.owner, k.offset + k.bytes.length);
  }
  for (const sec of list) {
    const data = new Uint8Array(sizes.get(sec)!);
    for (const k of unique.values()) if (!k.into && k.owner === sec) data.set(k.bytes, k.offset);
    sec.data = data;
    sec.size = data.length;
  }
  pieces.forEach((ps, i) => {
    const starts = new Uint32Array(ps.length),
      offsets = new Uint32Array(ps.length);
    const owners: InputSection[] = [];
    ps.forEach((p, j) => {
      let k = unique.get(p.key)!,
        delta = 0;
      while (k.into) {
        delta += k.delta;
        k = k.into;
      }
      starts[j] = p.start;
      offsets[j] = k.offset + delta;
      owners.push(k.owner);
    });
    list[i].merged = { starts, owners, offsets };
  });
}

// Sort by the reversed bytes so a string sorts right before the strings it ends; walking from the
// end, each string either ends the last one kept (and points into it) or is kept itself.
function tailMerge(unique: Map<string, Kept>): void {
  const keys = [...unique.keys()].sort(cmpReversed);
  let last: Kept | null = null,
    lastKey = '';
  for (let i = keys.length - 1; i >= 0; i--) {
    const k = unique.get(keys[i])!;
    if (last && lastKey.endsWith(keys[i])) {
      k.into = last;
      k.delta = lastKey.length - keys[i].length;
    } else {
      last = k;
      lastKey = keys[i];
    }
  }
}

function cmpReversed(a: string, b: string): number {
  for (let i = a.length - 1, j = b.length - 1; i >= 0 && j >= 0; i--, j--) {
    const d = a.charCodeAt(i) - b.charCodeAt(j);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}
