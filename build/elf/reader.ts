// The generic ELF32 i386 reader: walks the layouts of layout.ts over the bytes, checks every
// offset and index before use, and returns plain data whose section contents are views of the
// input (no copies). Any inconsistency is an ElfFormatError naming the file and the byte offset.
import { ELFCLASS32, ELFDATA2LSB, EM_386, SHN, SHT } from './constants.ts';
import { ElfFormatError } from './errors.ts';
import { EHDR, readStruct, REL, SHDR, SYM } from './layout.ts';

/// One section of an ELF file. `data` views the file's bytes (empty for SHT_NOBITS).
export interface ElfSection {
  readonly index: number;
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
  readonly data: Uint8Array;
}

/// One symbol, decoded. `bind`/`type` split st_info; `visibility` is st_other & 3.
export interface ElfSymbol {
  readonly index: number;
  readonly name: string;
  readonly value: number;
  readonly size: number;
  readonly bind: number;
  readonly type: number;
  readonly other: number;
  readonly shndx: number;
}

/// The REL entries applying to one section: pairs (r_offset, r_info) in a flat array.
export interface ElfRelocations {
  readonly section: number;
  readonly relSection: number;
  readonly entries: Uint32Array;
}

/// A parsed ELF32 file.
export interface ElfFile {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly type: number;
  readonly entry: number;
  readonly sections: readonly ElfSection[];
  readonly symbols: readonly ElfSymbol[];
  readonly symtabIndex: number;
  /// Relocation tables indexed by the section they apply to.
  readonly relocations: ReadonlyMap<number, ElfRelocations>;
}

/// True when the bytes start with the ELF magic.
export function isElf(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 &&
    bytes[0] === 0x7f &&
    bytes[1] === 0x45 &&
    bytes[2] === 0x4c &&
    bytes[3] === 0x46
  );
}

/// Parses an ELF32 little-endian i386 file. Throws ElfFormatError on anything malformed.
export function readElf(name: string, bytes: Uint8Array): ElfFile {
  const fail = (msg: string, at?: number): never => {
    throw new ElfFormatError(msg, name, 0, undefined, at);
  };
  if (!isElf(bytes)) fail('file format not recognized (no ELF magic)', 0);
  if (bytes.length < EHDR.size) fail('truncated ELF header', 0);
  if (bytes[4] !== ELFCLASS32) fail('not an ELF32 file (class ' + bytes[4] + ')', 4);
  if (bytes[5] !== ELFDATA2LSB) fail('not a little-endian ELF file', 5);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const h = readStruct(view, 0, EHDR);
  if (h.machine !== EM_386)
    fail(`not an i386 object (e_machine ${h.machine}); expected elf_i386`, 18);
  const sections = readSections(bytes, view, h.shoff, h.shnum, h.shentsize, h.shstrndx, fail);
  const symtab = sections.find((s) => s.type === SHT.SYMTAB);
  const symbols = symtab ? readSymbols(sections, symtab, view, fail) : [];
  const relocations = readRelocations(sections, symtab, symbols.length, fail);
  return {
    name,
    bytes,
    type: h.type,
    entry: h.entry,
    sections,
    symbols,
    symtabIndex: symtab ? symtab.index : 0,
    relocations,
  };
}

type Fail = (msg: string, at?: number) => never;

function readSections(
  bytes: Uint8Array,
  view: DataView,
  shoff: number,
  shnum: number,
  shentsize: number,
  shstrndx: number,
  fail: Fail,
): ElfSection[] {
  if (shoff === 0 || shnum === 0) return [];
  if (shentsize !== SHDR.size) fail(`bad section header size ${shentsize}`, 46);
  if (shoff + shnum * SHDR.size > bytes.length)
    fail('section headers extend past the end of the file', 32);
  const raw: Record<
    | 'name'
    | 'type'
    | 'flags'
    | 'addr'
    | 'offset'
    | 'size'
    | 'link'
    | 'info'
    | 'addralign'
    | 'entsize',
    number
  >[] = [];
  for (let i = 0; i < shnum; i++) raw.push(readStruct(view, shoff + i * SHDR.size, SHDR));
  if (shstrndx >= shnum) fail(`section name table index ${shstrndx} out of range`, 50);
  const names = raw[shstrndx];
  if (names.type !== SHT.STRTAB) fail('section name table is not a string table', 50);
  if (names.offset > bytes.length || names.size > bytes.length - names.offset)
    fail('section name table extends past the end of the file', 50);
  const nameData = bytes.subarray(names.offset, names.offset + names.size);
  const out: ElfSection[] = [];
  for (let i = 0; i < shnum; i++) {
    const s = raw[i];
    const at = shoff + i * SHDR.size;
    const hasData = s.type !== SHT.NOBITS && s.type !== SHT.NULL;
    if (hasData && (s.offset > bytes.length || s.size > bytes.length - s.offset)) {
      fail(
        `section ${i} extends past the end of the file (offset 0x${s.offset.toString(16)}, size 0x${s.size.toString(16)})`,
        at,
      );
    }
    if (s.addralign !== 0 && (s.addralign & (s.addralign - 1)) !== 0)
      fail(`section ${i} has alignment ${s.addralign}, not a power of two`, at + 32);
    if (s.link >= shnum && s.type !== SHT.NULL)
      fail(`section ${i} links to section ${s.link}, out of range`, at + 24);
    out.push({
      index: i,
      name: i === 0 ? '' : cString(nameData, s.name, fail, `name of section ${i}`),
      type: s.type,
      flags: s.flags,
      addr: s.addr,
      offset: s.offset,
      size: s.size,
      link: s.link,
      info: s.info,
      addralign: s.addralign,
      entsize: s.entsize,
      data: hasData ? bytes.subarray(s.offset, s.offset + s.size) : EMPTY,
    });
  }
  return out;
}

const EMPTY = new Uint8Array(0);

/// Reads a NUL-terminated string at `offset` of a string table.
export function cString(table: Uint8Array, offset: number, fail: Fail, what: string): string {
  if (offset >= table.length) {
    if (offset === 0) return '';
    fail(`${what}: string offset ${offset} outside its string table`);
  }
  let end = offset;
  while (end < table.length && table[end] !== 0) end++;
  if (end === table.length) fail(`${what}: unterminated string`);
  return latin1(table, offset, end);
}

const decoder = new TextDecoder('utf-8', { fatal: false });
function latin1(table: Uint8Array, start: number, end: number): string {
  let ascii = true;
  for (let i = start; i < end; i++)
    if (table[i] >= 0x80) {
      ascii = false;
      break;
    }
  if (!ascii) return decoder.decode(table.subarray(start, end));
  return String.fromCharCode.apply(null, table.subarray(start, end) as unknown as number[]);
}

function readSymbols(
  sections: ElfSection[],
  symtab: ElfSection,
  view: DataView,
  fail: Fail,
): ElfSymbol[] {
  if (symtab.entsize !== SYM.size)
    fail(`symbol table entry size ${symtab.entsize}, expected 16`, symtab.offset);
  if (symtab.size % SYM.size !== 0)
    fail('symbol table size is not a multiple of 16', symtab.offset);
  const strtab = sections[symtab.link];
  if (!strtab || strtab.type !== SHT.STRTAB)
    fail('symbol table does not link to a string table', symtab.offset);
  const n = symtab.size / SYM.size;
  const out: ElfSymbol[] = [];
  for (let i = 0; i < n; i++) {
    const at = symtab.offset + i * SYM.size;
    const s = readStruct(view, at, SYM);
    if (s.shndx !== SHN.UNDEF && s.shndx < SHN.LORESERVE && s.shndx >= sections.length) {
      fail(`symbol ${i} is in section ${s.shndx}, out of range`, at + 14);
    }
    if (s.shndx === SHN.XINDEX)
      fail(`symbol ${i} uses extended section indices (unsupported)`, at + 14);
    const name = cString(strtab.data, s.name, fail, `name of symbol ${i}`);
    out.push({
      index: i,
      name,
      value: s.value,
      size: s.size,
      bind: s.info >> 4,
      type: s.info & 15,
      other: s.other,
      shndx: s.shndx,
    });
  }
  return out;
}

function readRelocations(
  sections: ElfSection[],
  symtab: ElfSection | undefined,
  nsyms: number,
  fail: Fail,
): Map<number, ElfRelocations> {
  const out = new Map<number, ElfRelocations>();
  for (const s of sections) {
    if (s.type === SHT.RELA)
      fail(`section ${s.name}: RELA relocations are not used on i386`, s.offset);
    if (s.type !== SHT.REL) continue;
    if (s.entsize !== REL.size || s.size % REL.size !== 0)
      fail(`section ${s.name}: bad relocation entry size`, s.offset);
    if (!symtab || s.link !== symtab.index)
      fail(`section ${s.name}: relocations without the symbol table`, s.offset);
    const target = sections[s.info];
    if (!target || s.info === 0)
      fail(`section ${s.name}: applies to section ${s.info}, out of range`, s.offset);
    if (out.has(s.info)) fail(`section ${target.name} has two relocation sections`, s.offset);
    const entries = new Uint32Array(s.size / 4);
    const view = new DataView(s.data.buffer, s.data.byteOffset, s.data.byteLength);
    for (let i = 0; i < entries.length; i += 2) {
      const offset = view.getUint32(i * 4, true);
      const info = view.getUint32(i * 4 + 4, true);
      if (info >>> 8 >= nsyms)
        fail(
          `section ${s.name}: relocation ${i / 2} uses symbol ${info >>> 8}, out of range`,
          s.offset + i * 4,
        );
      if (target.type !== SHT.NOBITS && offset + relocWidth(info & 0xff) > target.size) {
        fail(
          `section ${s.name}: relocation ${i / 2} at 0x${offset.toString(16)} is outside ${target.name}`,
          s.offset + i * 4,
        );
      }
      entries[i] = offset;
      entries[i + 1] = info;
    }
    out.set(s.info, { section: s.info, relSection: s.index, entries });
  }
  return out;
}

/// Bytes patched by an i386 relocation type (4 for unknown types, checked later).
export function relocWidth(type: number): number {
  if (type === 0) return 0;
  if (type === 20 || type === 21) return 2;
  if (type === 22 || type === 23) return 1;
  return 4;
}
