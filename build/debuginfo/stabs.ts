// The stabs line table (what tcc -g and gcc -gstabs emit in .stab/.stabstr): N_SO opens a source
// file, N_SOL switches to an included one, N_FUN starts a function at an address, and N_SLINE gives
// a line at an offset from that function's start. Each compilation unit may begin with an N_UNDF
// header whose value is the size of its strings (concatenated tables); GNU ld writes one header
// for a merged table. Works on linked files and on objects (after applying .rel.stab).
import { ElfFormatError } from '../elf/errors.ts';
import { STAB } from '../elf/layout.ts';
import type { ElfFile } from '../elf/reader.ts';
import { relocatedDebugSection } from './relocate-debug.ts';

/// One row of a line table: code from `address` on belongs to `file`:`line`.
export interface LineRow {
  readonly address: number;
  readonly file: string;
  readonly line: number;
}

/// A function's start as the debug information records it.
export interface DebugFunction {
  readonly name: string;
  readonly address: number;
  readonly file: string;
}

const N_UNDF = 0x00,
  N_FUN = 0x24,
  N_SLINE = 0x44,
  N_SO = 0x64,
  N_SOL = 0x84;

/// Decodes the .stab/.stabstr pair of `elf` into line rows and function starts (empty when the
/// file has none). Throws ElfFormatError on malformed stabs.
export function readStabs(
  elf: ElfFile,
  sectionBase?: (shndx: number) => number,
): { rows: LineRow[]; functions: DebugFunction[] } {
  const stab = elf.sections.find((s) => s.name === '.stab');
  const strs = elf.sections.find((s) => s.name === '.stabstr');
  if (!stab || !strs) return { rows: [], functions: [] };
  if (stab.size % STAB.size !== 0)
    throw new ElfFormatError(
      '.stab size is not a multiple of 12',
      elf.name,
      0,
      undefined,
      stab.offset,
    );
  const data = relocatedDebugSection(elf, stab, sectionBase);
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const rows: LineRow[] = [];
  const functions: DebugFunction[] = [];
  let base = 0,
    nextBase = 0,
    dir = '',
    file = '',
    funcAddr = 0;
  const str = (strx: number): string => cstr(strs.data, base + strx, elf.name);
  for (let at = 0; at < data.length; at += STAB.size) {
    const strx = view.getUint32(at, true),
      type = view.getUint8(at + 4);
    const desc = view.getUint16(at + 6, true),
      value = view.getUint32(at + 8, true);
    if (type === N_UNDF) {
      base = nextBase;
      nextBase = base + value;
    } else if (type === N_SO) {
      const name = str(strx);
      if (name.endsWith('/')) dir = name;
      else if (name) {
        file = name.startsWith('/') || !dir ? name : dir + name;
        dir = '';
      } else file = '';
    } else if (type === N_SOL) file = str(strx);
    else if (type === N_FUN) {
      const name = str(strx);
      if (!name) continue;
      funcAddr = value;
      functions.push({ name: name.slice(0, name.indexOf(':') >>> 0), address: value, file });
    } else if (type === N_SLINE && file)
      rows.push({ address: (funcAddr + value) >>> 0, file, line: desc });
  }
  return { rows, functions };
}

function cstr(table: Uint8Array, at: number, file: string): string {
  if (at >= table.length)
    throw new ElfFormatError(`stab string offset ${at} outside .stabstr`, file);
  let end = at;
  while (end < table.length && table[end] !== 0) end++;
  return new TextDecoder().decode(table.subarray(at, end));
}
