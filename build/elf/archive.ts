// The `ar` archive reader: GNU (`/`, `//` long names) and BSD (`#1/len`, `__.SYMDEF`) variants, with
// or without a symbol index. Members are views of the archive bytes; the linker parses a member
// only when it needs one of its symbols.
import { ElfFormatError } from './errors.ts';

/// One member of an archive. `offset` is where its header starts (what symbol indexes point to).
export interface ArchiveMember {
  readonly name: string;
  readonly offset: number;
  readonly bytes: Uint8Array;
}

/// A parsed archive: its members (index tables and name tables excluded) and, when the archive
/// has a symbol index, symbol name -> member header offset (first definition wins).
export interface Archive {
  readonly name: string;
  readonly members: readonly ArchiveMember[];
  readonly index: ReadonlyMap<string, number> | null;
}

const MAGIC = '!<arch>\n';
const HEADER = 60;

/// True when the bytes start with the `ar` magic.
export function isArchive(bytes: Uint8Array): boolean {
  if (bytes.length < 8) return false;
  for (let i = 0; i < 8; i++) if (bytes[i] !== MAGIC.charCodeAt(i)) return false;
  return true;
}

function text(bytes: Uint8Array, start: number, end: number): string {
  return String.fromCharCode.apply(null, bytes.subarray(start, end) as unknown as number[]);
}

/// Parses an archive. Throws ElfFormatError on a malformed header or size.
export function readArchive(name: string, bytes: Uint8Array): Archive {
  const fail = (msg: string, at: number): never => {
    throw new ElfFormatError(msg, name, 0, undefined, at);
  };
  if (!isArchive(bytes)) fail('not an archive (no !<arch> magic)', 0);
  const members: ArchiveMember[] = [];
  let longNames: Uint8Array | null = null;
  let index: Map<string, number> | null = null;
  let at = 8;
  while (at + HEADER <= bytes.length) {
    if (bytes[at + 58] !== 0x60 || bytes[at + 59] !== 0x0a) fail('bad archive member header', at);
    const rawName = text(bytes, at, at + 16).trimEnd();
    const sizeText = text(bytes, at + 48, at + 58).trim();
    if (!/^\d+$/.test(sizeText)) fail(`bad member size '${sizeText}'`, at + 48);
    const size = Number(sizeText);
    const start = at + HEADER;
    if (start + size > bytes.length)
      fail(`member '${rawName}' extends past the end of the archive`, at);
    let data = bytes.subarray(start, start + size);
    let memberName = rawName;
    if (rawName === '/' || rawName === '/SYM64/') {
      if (rawName === '/SYM64/') fail('64-bit archive symbol index in an i386 archive', at);
      index = readGnuIndex(data, fail, start);
    } else if (rawName === '//') {
      longNames = data;
    } else if (rawName.startsWith('#1/')) {
      const n = Number(rawName.slice(3));
      if (!Number.isInteger(n) || n > size) fail(`bad BSD member name '${rawName}'`, at);
      memberName = text(data, 0, n).replace(/\0+$/, '');
      data = data.subarray(n);
      if (memberName.startsWith('__.SYMDEF')) index = readBsdIndex(data, fail, start + n);
    } else if (rawName.startsWith('/') && /^\/\d+$/.test(rawName)) {
      memberName = longName(longNames, Number(rawName.slice(1)), fail, at);
    } else if (rawName.startsWith('__.SYMDEF')) {
      index = readBsdIndex(data, fail, start);
    } else {
      memberName = rawName.endsWith('/') ? rawName.slice(0, -1) : rawName;
    }
    if (!isSpecial(rawName, memberName))
      members.push({ name: memberName, offset: at, bytes: data });
    at = start + size + (size & 1);
  }
  if (at < bytes.length && at !== bytes.length - 1)
    fail('trailing bytes after the last member', at);
  return { name, members, index };
}

function isSpecial(rawName: string, memberName: string): boolean {
  return rawName === '/' || rawName === '//' || memberName.startsWith('__.SYMDEF');
}

function longName(
  table: Uint8Array | null,
  offset: number,
  fail: (m: string, a: number) => never,
  at: number,
): string {
  if (!table || offset >= table.length)
    fail(`long member name offset ${offset} without a name table`, at);
  let end = offset;
  while (end < table!.length && table![end] !== 0x0a && table![end] !== 0) end++;
  const s = text(table!, offset, end);
  return s.endsWith('/') ? s.slice(0, -1) : s;
}

// GNU: big-endian count, count big-endian member offsets, then count NUL-terminated names.
function readGnuIndex(
  data: Uint8Array,
  fail: (m: string, a: number) => never,
  base: number,
): Map<string, number> {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  if (data.length < 4) fail('truncated archive symbol index', base);
  const count = view.getUint32(0, false);
  if (4 + count * 4 > data.length) fail('archive symbol index larger than its member', base);
  const out = new Map<string, number>();
  let p = 4 + count * 4;
  for (let i = 0; i < count; i++) {
    let end = p;
    while (end < data.length && data[end] !== 0) end++;
    if (end >= data.length) fail('archive symbol index names run past its member', base + p);
    const sym = text(data, p, end);
    if (!out.has(sym)) out.set(sym, view.getUint32(4 + i * 4, false));
    p = end + 1;
  }
  return out;
}

// BSD: little-endian byte size of (strx, offset) pairs, the pairs, string table size, strings.
function readBsdIndex(
  data: Uint8Array,
  fail: (m: string, a: number) => never,
  base: number,
): Map<string, number> {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  if (data.length < 4) fail('truncated BSD symbol index', base);
  const rangesSize = view.getUint32(0, true);
  if (rangesSize % 8 !== 0 || 8 + rangesSize > data.length) fail('bad BSD symbol index size', base);
  const strSize = view.getUint32(4 + rangesSize, true);
  const strStart = 8 + rangesSize;
  if (strStart + strSize > data.length) fail('BSD symbol index strings run past its member', base);
  const out = new Map<string, number>();
  for (let i = 0; i < rangesSize / 8; i++) {
    const strx = view.getUint32(4 + i * 8, true);
    const off = view.getUint32(8 + i * 8, true);
    if (strx >= strSize) fail('BSD symbol index name out of range', base + 4 + i * 8);
    let end = strStart + strx;
    while (end < strStart + strSize && data[end] !== 0) end++;
    const sym = text(data, strStart + strx, end);
    if (!out.has(sym)) out.set(sym, off);
  }
  return out;
}
