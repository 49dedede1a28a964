// DWARF .debug_line (versions 2 to 5, 32-bit format): each unit's header (directories and files,
// including version 5's entry formats) and its line-number program, run as the standard state
// machine into line rows. What gcc -g writes; tcc's -g writes stabs (stabs.ts).
import { ElfFormatError } from '../elf/errors.ts';
import type { ElfFile } from '../elf/reader.ts';
import { relocatedDebugSection } from './relocate-debug.ts';
import type { LineRow } from './stabs.ts';

/// A cursor over little-endian DWARF data; reading past `end` throws a located error.
class Cursor {
  constructor(
    readonly data: Uint8Array,
    public at: number,
    readonly end: number,
    readonly file: string,
  ) {}

  private need(n: number): void {
    if (this.at + n > this.end)
      throw new ElfFormatError(
        `.debug_line: truncated at 0x${this.at.toString(16)}`,
        this.file,
        0,
        undefined,
        this.at,
      );
  }
  u8(): number {
    this.need(1);
    return this.data[this.at++];
  }
  u16(): number {
    this.need(2);
    const v = this.data[this.at] | (this.data[this.at + 1] << 8);
    this.at += 2;
    return v;
  }
  u32(): number {
    this.need(4);
    const d = this.data,
      a = this.at;
    this.at += 4;
    return (d[a] | (d[a + 1] << 8) | (d[a + 2] << 16) | (d[a + 3] << 24)) >>> 0;
  }
  i8(): number {
    const v = this.u8();
    return v >= 0x80 ? v - 0x100 : v;
  }
  uleb(): number {
    let v = 0,
      shift = 0,
      b: number;
    do {
      b = this.u8();
      if (shift < 32) v += (b & 0x7f) * 2 ** shift;
      shift += 7;
    } while (b & 0x80);
    return v;
  }
  sleb(): number {
    let v = 0,
      shift = 0,
      b: number;
    do {
      b = this.u8();
      if (shift < 32) v += (b & 0x7f) * 2 ** shift;
      shift += 7;
    } while (b & 0x80);
    return b & 0x40 && shift < 53 ? v - 2 ** shift : v;
  }
  cstr(): string {
    const start = this.at;
    while (this.at < this.end && this.data[this.at] !== 0) this.at++;
    this.need(1);
    return new TextDecoder().decode(this.data.subarray(start, this.at++));
  }
  skip(n: number): void {
    this.need(n);
    this.at += n;
  }
}

interface Header {
  readonly version: number;
  readonly minInst: number;
  readonly lineBase: number;
  readonly lineRange: number;
  readonly opcodeBase: number;
  readonly stdLengths: number[];
  readonly files: string[];
  readonly programStart: number;
}

/// Reads every unit of .debug_line into rows. A row with an empty `file` marks the end of a
/// sequence (addresses from there on have no line until the next row).
export function readDwarfLines(elf: ElfFile, sectionBase?: (shndx: number) => number): LineRow[] {
  const sec = elf.sections.find((s) => s.name === '.debug_line');
  if (!sec) return [];
  const data = relocatedDebugSection(elf, sec, sectionBase);
  const strs = {
    line: strSection(elf, '.debug_line_str'),
    str: strSection(elf, '.debug_str'),
  };
  const rows: LineRow[] = [];
  for (let at = 0; at + 4 <= data.length;) {
    const c = new Cursor(data, at, data.length, elf.name);
    const length = c.u32();
    if (length >= 0xfffffff0)
      throw new ElfFormatError(
        '.debug_line: 64-bit DWARF is not supported',
        elf.name,
        0,
        undefined,
        at,
      );
    const end = c.at + length;
    if (end > data.length)
      throw new ElfFormatError(
        '.debug_line: unit runs past the section',
        elf.name,
        0,
        undefined,
        at,
      );
    const unit = new Cursor(data, c.at, end, elf.name);
    const header = readHeader(unit, strs);
    unit.at = header.programStart;
    runProgram(unit, header, rows);
    at = end;
  }
  return rows;
}

function strSection(elf: ElfFile, name: string): Uint8Array | null {
  const s = elf.sections.find((x) => x.name === name);
  return s ? relocatedDebugSection(elf, s) : null;
}

function readHeader(c: Cursor, strs: { line: Uint8Array | null; str: Uint8Array | null }): Header {
  const version = c.u16();
  if (version < 2 || version > 5)
    throw new ElfFormatError(
      `.debug_line: unsupported version ${version}`,
      c.file,
      0,
      undefined,
      c.at,
    );
  if (version >= 5) c.skip(2); // address_size, segment_selector_size
  const headerLength = c.u32();
  const programStart = c.at + headerLength;
  const minInst = c.u8();
  if (version >= 4) c.u8(); // maximum_operations_per_instruction (VLIW only)
  c.u8(); // default_is_stmt
  const lineBase = c.i8(),
    lineRange = c.u8(),
    opcodeBase = c.u8();
  if (lineRange === 0)
    throw new ElfFormatError('.debug_line: line_range is 0', c.file, 0, undefined, c.at);
  const stdLengths: number[] = [];
  for (let i = 1; i < opcodeBase; i++) stdLengths.push(c.u8());
  const files = version >= 5 ? filesV5(c, strs) : filesV2(c);
  return { version, minInst, lineBase, lineRange, opcodeBase, stdLengths, files, programStart };
}

// Versions 2-4: directories then files, each list ending with an empty string; file 1 is the first.
function filesV2(c: Cursor): string[] {
  const dirs = [''];
  for (let d = c.cstr(); d; d = c.cstr()) dirs.push(d);
  const files = [''];
  for (let f = c.cstr(); f; f = c.cstr()) {
    const dir = dirs[c.uleb()] ?? '';
    c.uleb();
    c.uleb();
    files.push(join(dir, f));
  }
  return files;
}

const DW_LNCT_path = 1,
  DW_LNCT_directory_index = 2;

// Version 5: entry formats describe each directory and file record; file 0 is the unit's own.
function filesV5(c: Cursor, strs: { line: Uint8Array | null; str: Uint8Array | null }): string[] {
  const dirs = records(c, strs).map((r) => r.path);
  return records(c, strs).map((r) => join(dirs[r.dir] ?? '', r.path));
}

function records(
  c: Cursor,
  strs: { line: Uint8Array | null; str: Uint8Array | null },
): { path: string; dir: number }[] {
  const formats: [number, number][] = [];
  for (let n = c.u8(); n > 0; n--) formats.push([c.uleb(), c.uleb()]);
  const out: { path: string; dir: number }[] = [];
  for (let n = c.uleb(); n > 0; n--) {
    const r = { path: '', dir: 0 };
    for (const [kind, form] of formats) {
      const v = formValue(c, form, strs);
      if (kind === DW_LNCT_path) r.path = String(v);
      else if (kind === DW_LNCT_directory_index) r.dir = Number(v);
    }
    out.push(r);
  }
  return out;
}

function formValue(
  c: Cursor,
  form: number,
  strs: { line: Uint8Array | null; str: Uint8Array | null },
): string | number {
  switch (form) {
    case 0x08:
      return c.cstr(); // string
    case 0x1f:
      return tableString(strs.line, c.u32(), c); // line_strp
    case 0x0e:
      return tableString(strs.str, c.u32(), c); // strp
    case 0x0b:
      return c.u8(); // data1
    case 0x05:
      return c.u16(); // data2
    case 0x06:
      return c.u32(); // data4
    case 0x07:
      c.skip(8);
      return 0; // data8
    case 0x1e:
      c.skip(16);
      return 0; // data16 (MD5)
    case 0x0f:
      return c.uleb(); // udata
    case 0x09:
      c.skip(c.uleb());
      return 0; // block
  }
  throw new ElfFormatError(
    `.debug_line: unsupported form 0x${form.toString(16)}`,
    c.file,
    0,
    undefined,
    c.at,
  );
}

function tableString(table: Uint8Array | null, off: number, c: Cursor): string {
  if (!table || off >= table.length)
    throw new ElfFormatError(
      `.debug_line: string offset 0x${off.toString(16)} outside its table`,
      c.file,
      0,
      undefined,
      c.at,
    );
  let end = off;
  while (end < table.length && table[end] !== 0) end++;
  return new TextDecoder().decode(table.subarray(off, end));
}

function join(dir: string, name: string): string {
  if (!dir || name.startsWith('/')) return name;
  return dir.endsWith('/') ? dir + name : `${dir}/${name}`;
}

// The line-number state machine (DWARF 5, section 6.2).
function runProgram(c: Cursor, h: Header, rows: LineRow[]): void {
  let address = 0,
    file = 1,
    line = 1;
  const fileName = (i: number): string => h.files[i] ?? `<file ${i}>`;
  const emit = (): void => {
    rows.push({ address: address >>> 0, file: fileName(file), line });
  };
  while (c.at < c.end) {
    const op = c.u8();
    if (op >= h.opcodeBase) {
      const adj = op - h.opcodeBase;
      address += Math.floor(adj / h.lineRange) * h.minInst;
      line += h.lineBase + (adj % h.lineRange);
      emit();
      continue;
    }
    switch (op) {
      case 0: {
        const len = c.uleb(),
          next = c.at + len;
        const sub = len > 0 ? c.u8() : 0;
        if (sub === 1) {
          rows.push({ address: address >>> 0, file: '', line: 0 });
          address = 0;
          file = 1;
          line = 1;
        } else if (sub === 2) address = c.u32();
        c.at = next;
        break;
      }
      case 1:
        emit();
        break;
      case 2:
        address += c.uleb() * h.minInst;
        break;
      case 3:
        line += c.sleb();
        break;
      case 4:
        file = c.uleb();
        break;
      case 8:
        address += Math.floor((255 - h.opcodeBase) / h.lineRange) * h.minInst;
        break;
      case 9:
        address += c.u16();
        break;
      default:
        for (let n = h.stdLengths[op - 1] ?? 0; n > 0; n--) c.uleb(); // 5, 6, 7, 10, 11, 12
    }
  }
}
