// The generic ELF32 writer: the caller decides where each section lives in the file (an
// executable's sections follow their addresses, a relocatable's are packed); this module only
// builds string tables and serialises headers through the layouts of layout.ts.
import { ELFCLASS32, ELFDATA2LSB, EM_386 } from './constants.ts';
import { EHDR, PHDR, SHDR, SYM, writeStruct } from './layout.ts';

/// A string table under construction (offset 0 is the empty string). Offsets are final only
/// after `finish()`: a string that ends another one shares its bytes, as GNU ld's tables do.
export class StringTable {
  private readonly strings = new Set<string>();
  private offsets: Map<string, number> | null = null;
  private data: Uint8Array | null = null;

  /// Adds `s` (once).
  add(s: string): void {
    if (s) this.strings.add(s);
  }

  /// Lays the table out with suffix sharing; returns its bytes.
  finish(): Uint8Array {
    const list = [...this.strings].sort((a, b) => cmpReversed(a, b));
    const offsets = new Map<string, number>([['', 0]]);
    const kept: string[] = [];
    let length = 1;
    for (let i = list.length - 1; i >= 0; i--) {
      const s = list[i],
        prev = kept[kept.length - 1];
      if (prev !== undefined && prev.endsWith(s)) {
        offsets.set(s, offsets.get(prev)! + utf8Length(prev) - utf8Length(s));
        continue;
      }
      offsets.set(s, length);
      kept.push(s);
      length += utf8Length(s) + 1;
    }
    this.offsets = offsets;
    this.data = new TextEncoder().encode('\0' + kept.map((s) => s + '\0').join(''));
    return this.data;
  }

  /// The offset of `s` (after `finish()`).
  offset(s: string): number {
    const off = this.offsets?.get(s);
    if (off === undefined) throw new Error(`string table: '${s}' not added or table not finished`);
    return off;
  }
}

// Orders strings by their reversed text, so a string sorts right before those it is a suffix of.
function cmpReversed(a: string, b: string): number {
  for (let i = a.length - 1, j = b.length - 1; i >= 0 && j >= 0; i--, j--) {
    const d = a.charCodeAt(i) - b.charCodeAt(j);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? (i++, 4) : 3;
  }
  return n;
}

/// A section to write: header fields plus contents (absent for NOBITS) at a chosen `offset`.
export interface SectionOut {
  readonly name: string;
  readonly type: number;
  readonly flags: number;
  readonly addr: number;
  readonly offset: number;
  readonly size: number;
  readonly link: number;
  readonly info: number;
  readonly addralign: number;
  readonly entsize: number;
  readonly data: Uint8Array | null;
}

/// A program header to write.
export interface SegmentOut {
  readonly type: number;
  readonly offset: number;
  readonly vaddr: number;
  readonly paddr: number;
  readonly filesz: number;
  readonly memsz: number;
  readonly flags: number;
  readonly align: number;
}

/// A whole file: header values, program headers (written right after the ELF header) and the
/// sections (index 0, the null section, is added here). The section name table is built here and
/// placed at `tail` (the first free file offset), followed by the section headers.
export interface FileOut {
  readonly type: number;
  readonly entry: number;
  readonly segments: readonly SegmentOut[];
  readonly sections: readonly SectionOut[];
  readonly tail: number;
}

/// Serialises the file. Sections' `offset`s must not overlap the headers (the caller's job).
export function writeElf(f: FileOut): Uint8Array {
  const names = new StringTable();
  for (const s of f.sections) names.add(s.name);
  names.add('.shstrtab');
  const shstr = names.finish();
  const nameOffsets = f.sections.map((s) => names.offset(s.name));
  const shstrName = names.offset('.shstrtab');
  const shoff = (f.tail + shstr.length + 3) & ~3;
  const shnum = f.sections.length + 2;
  const out = new Uint8Array(shoff + shnum * SHDR.size);
  const view = new DataView(out.buffer);
  writeStruct(view, 0, EHDR, {
    type: f.type,
    machine: EM_386,
    version: 1,
    entry: f.entry,
    phoff: f.segments.length ? EHDR.size : 0,
    shoff,
    ehsize: EHDR.size,
    phentsize: f.segments.length ? PHDR.size : 0,
    phnum: f.segments.length,
    shentsize: SHDR.size,
    shnum,
    shstrndx: shnum - 1,
  });
  out.set([0x7f, 0x45, 0x4c, 0x46, ELFCLASS32, ELFDATA2LSB, 1], 0);
  f.segments.forEach((p, i) => writeStruct(view, EHDR.size + i * PHDR.size, PHDR, p));
  f.sections.forEach((s, i) => {
    if (s.data && s.data.length && s.type !== 8) out.set(s.data, s.offset);
    writeStruct(view, shoff + (i + 1) * SHDR.size, SHDR, { ...s, name: nameOffsets[i] });
  });
  out.set(shstr, f.tail);
  writeStruct(view, shoff + (shnum - 1) * SHDR.size, SHDR, {
    name: shstrName,
    type: 3,
    offset: f.tail,
    size: shstr.length,
    addralign: 1,
  });
  return out;
}

/// Encodes symbols as a .symtab section body.
export function encodeSymbols(
  syms: readonly {
    name: number;
    value: number;
    size: number;
    info: number;
    other: number;
    shndx: number;
  }[],
): Uint8Array {
  const out = new Uint8Array(syms.length * SYM.size);
  const view = new DataView(out.buffer);
  syms.forEach((s, i) => writeStruct(view, i * SYM.size, SYM, s));
  return out;
}
