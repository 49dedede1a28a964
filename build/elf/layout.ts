// ELF32 structures written as data: each layout lists its little-endian fields in order, and one
// generic reader and writer walk any of them. Adding a structure means adding a table, not code.

/// A field: its name and width in bytes (1, 2 or 4; ELF32 needs nothing wider).
export type Field = readonly [name: string, width: 1 | 2 | 4];

/// A structure layout: its fields in file order.
export interface Layout<K extends string> {
  readonly name: string;
  readonly fields: readonly (readonly [K, 1 | 2 | 4])[];
  readonly size: number;
}

function layout<K extends string>(
  name: string,
  fields: readonly (readonly [K, 1 | 2 | 4])[],
): Layout<K> {
  return { name, fields, size: fields.reduce((n, f) => n + f[1], 0) };
}

/// The ELF header after its 16 identification bytes (read separately).
export const EHDR = layout('ELF header', [
  ['ident0', 4],
  ['ident1', 4],
  ['ident2', 4],
  ['ident3', 4],
  ['type', 2],
  ['machine', 2],
  ['version', 4],
  ['entry', 4],
  ['phoff', 4],
  ['shoff', 4],
  ['flags', 4],
  ['ehsize', 2],
  ['phentsize', 2],
  ['phnum', 2],
  ['shentsize', 2],
  ['shnum', 2],
  ['shstrndx', 2],
] as const);

/// A section header.
export const SHDR = layout('section header', [
  ['name', 4],
  ['type', 4],
  ['flags', 4],
  ['addr', 4],
  ['offset', 4],
  ['size', 4],
  ['link', 4],
  ['info', 4],
  ['addralign', 4],
  ['entsize', 4],
] as const);

/// A symbol table entry.
export const SYM = layout('symbol', [
  ['name', 4],
  ['value', 4],
  ['size', 4],
  ['info', 1],
  ['other', 1],
  ['shndx', 2],
] as const);

/// A REL relocation entry.
export const REL = layout('relocation', [
  ['offset', 4],
  ['info', 4],
] as const);

/// A program header.
export const PHDR = layout('program header', [
  ['type', 4],
  ['offset', 4],
  ['vaddr', 4],
  ['paddr', 4],
  ['filesz', 4],
  ['memsz', 4],
  ['flags', 4],
  ['align', 4],
] as const);

/// A stabs entry (.stab): string offset, type, other, desc, value.
export const STAB = layout('stab entry', [
  ['strx', 4],
  ['type', 1],
  ['other', 1],
  ['desc', 2],
  ['value', 4],
] as const);

/// Reads one structure at `offset`. The caller has checked that it fits.
export function readStruct<K extends string>(
  view: DataView,
  offset: number,
  l: Layout<K>,
): Record<K, number> {
  const out = {} as Record<K, number>;
  let at = offset;
  for (const [name, width] of l.fields) {
    out[name] =
      width === 4
        ? view.getUint32(at, true)
        : width === 2
          ? view.getUint16(at, true)
          : view.getUint8(at);
    at += width;
  }
  return out;
}

/// Writes one structure at `offset`; missing fields are written as 0.
export function writeStruct<K extends string>(
  view: DataView,
  offset: number,
  l: Layout<K>,
  value: Partial<Record<K, number>>,
): void {
  let at = offset;
  for (const [name, width] of l.fields) {
    const v = value[name] ?? 0;
    if (width === 4) view.setUint32(at, v >>> 0, true);
    else if (width === 2) view.setUint16(at, v & 0xffff, true);
    else view.setUint8(at, v & 0xff);
    at += width;
  }
}
