/// Writes `ar` archives (`usr/lib/libc.a`) in the GNU format that GNU ld and our linker read:
/// a `/` symbol index (so members are pulled in by the symbols they define, as `ar rcs` makes),
/// a `//` long-name table, then the members. Timestamps, owners and modes are fixed (like
/// `ar D`), so the same objects always give the same bytes and the build state sees no change.

import { SHN, STB } from '../elf/constants.ts';
import { readElf } from '../elf/reader.ts';

/// One member: the name stored in the archive (a base name) and its bytes.
export interface ArMember {
  readonly name: string;
  readonly bytes: Uint8Array;
}

const HEADER = 60;
const encoder = new TextEncoder();

/// Global and weak symbols defined by an ELF object (what the index lists). Throws the ELF
/// reader's ElfFormatError for a malformed object.
export function definedSymbols(name: string, bytes: Uint8Array): string[] {
  return readElf(name, bytes)
    .symbols.filter(
      (s) =>
        (s.bind === STB.GLOBAL || s.bind === STB.WEAK) && s.shndx !== SHN.UNDEF && s.name !== '',
    )
    .map((s) => s.name);
}

/// Builds the archive bytes for `members`, in order, with a symbol index.
export function writeArchive(members: readonly ArMember[]): Uint8Array {
  const symbols = members.map((m) => definedSymbols(m.name, m.bytes));
  const { table, nameFields } = longNames(members);
  const indexSize =
    4 +
    4 * symbols.flat().length +
    symbols.flat().reduce((n, s) => n + encoder.encode(s).length + 1, 0);
  let offset = 8 + HEADER + even(indexSize) + (table.length > 0 ? HEADER + even(table.length) : 0);
  const offsets: number[] = [];
  for (const m of members) {
    offsets.push(offset);
    offset += HEADER + even(m.bytes.length);
  }
  const out = new Uint8Array(offset);
  out.set(encoder.encode('!<arch>\n'), 0);
  let at = writeMember(out, 8, '/', index(symbols, offsets, indexSize));
  if (table.length > 0) at = writeMember(out, at, '//', table);
  members.forEach((m, i) => {
    at = writeMember(out, at, nameFields[i], m.bytes);
  });
  return out;
}

function even(n: number): number {
  return n + (n & 1);
}

/// The `//` table for names longer than 15 characters, and each member's header name field.
function longNames(members: readonly ArMember[]): { table: Uint8Array; nameFields: string[] } {
  let table = '';
  const nameFields = members.map((m) => {
    const base = m.name.slice(m.name.lastIndexOf('/') + 1);
    if (base.length <= 15) return `${base}/`;
    const field = `/${table.length}`;
    table += `${base}/\n`;
    return field;
  });
  return { table: encoder.encode(table), nameFields };
}

/// The GNU symbol index: big-endian count, member offsets, then NUL-terminated names.
function index(symbols: string[][], offsets: number[], size: number): Uint8Array {
  const data = new Uint8Array(size);
  const view = new DataView(data.buffer);
  const flat = symbols.flatMap((names, i) => names.map((n) => [n, offsets[i]] as const));
  view.setUint32(0, flat.length);
  let at = 4 + 4 * flat.length;
  flat.forEach(([name, off], i) => {
    view.setUint32(4 + 4 * i, off);
    const bytes = encoder.encode(name);
    data.set(bytes, at);
    at += bytes.length + 1;
  });
  return data;
}

function writeMember(out: Uint8Array, at: number, name: string, data: Uint8Array): number {
  const header = name.padEnd(16) + '0'.padEnd(12) + '0'.padEnd(6) + '0'.padEnd(6) + '644'.padEnd(8);
  out.set(encoder.encode(header + String(data.length).padEnd(10) + '`\n'), at);
  out.set(data, at + HEADER);
  if (data.length & 1) out[at + HEADER + data.length] = 0x0a;
  return at + HEADER + even(data.length);
}
