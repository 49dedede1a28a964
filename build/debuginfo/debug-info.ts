// Address -> function + file:line for the trace view, from a linked kernel (or any ELF with
// stabs) and its symbols. Lookups are binary searches over sorted typed data, cheap enough to
// name every instruction of a trace.
import { readElf } from '../elf/reader.ts';
import { readDwarfLines } from './dwarf-line.ts';
import { readStabs, type DebugFunction, type LineRow } from './stabs.ts';
import { floorIndex, symbolsFromElf, symbolsFromSystemMap, type CodeSymbol } from './symbols.ts';

/// Where an address is in the source.
export interface SourceLocation {
  /// The enclosing function (null when no symbol precedes the address).
  readonly function: string | null;
  /// Bytes from the function's start.
  readonly offset: number;
  /// Source file and line from the line table (null without debug information there).
  readonly file: string | null;
  readonly line: number | null;
}

/// A line table plus a symbol map.
export class DebugInfo {
  /// Line rows sorted by address (stable: for equal addresses the last row wins in lookups).
  readonly lines: readonly LineRow[];

  private constructor(
    rows: LineRow[],
    readonly symbols: readonly CodeSymbol[],
    readonly functions: readonly DebugFunction[],
  ) {
    this.functions = [...functions].sort((a, b) => a.address - b.address);
    this.lines = rows
      .map((r, i) => [r, i] as const)
      .sort((a, b) => a[0].address - b[0].address || a[1] - b[1])
      .map((x) => x[0]);
  }

  /// Reads an ELF file (a linked vmlinux, a user program or an object). Throws ElfFormatError on
  /// malformed input.
  static fromElf(bytes: Uint8Array, name = 'vmlinux'): DebugInfo {
    const elf = readElf(name, bytes);
    const { rows, functions } = readStabs(elf);
    return new DebugInfo([...rows, ...readDwarfLines(elf)], symbolsFromElf(elf), functions);
  }

  /// Symbols only, from System.map text (lookups give function and offset, no line).
  static fromSystemMap(text: string): DebugInfo {
    return new DebugInfo([], symbolsFromSystemMap(text), []);
  }

  /// Names the function, offset and source line of `address`.
  lookup(address: number): SourceLocation {
    const addr = address >>> 0;
    let si = floorIndex(this.symbols, addr);
    // Of several symbols at one address the first in sort order is the one to name.
    while (si > 0 && this.symbols[si - 1].address === this.symbols[si].address) si--;
    const sym = si >= 0 ? this.symbols[si] : null;
    const inside = sym !== null && (sym.size === 0 || addr < sym.address + sym.size);
    const fn = inside ? sym : this.debugFunction(addr);
    const li = this.lineIndex(addr, fn);
    // A row with no file ends a DWARF sequence: the address has no line.
    const row = li >= 0 && this.lines[li].file ? this.lines[li] : null;
    return {
      function: fn?.name ?? null,
      offset: fn ? addr - fn.address : 0,
      file: row?.file ?? null,
      line: row?.line ?? null,
    };
  }

  // Past a symbol's recorded size (padding, or a size the compiler got short) the stabs N_FUN
  // entries still name the function, as addr2line does.
  private debugFunction(addr: number): CodeSymbol | null {
    const i = floorIndex(this.functions, addr);
    if (i < 0) return null;
    const f = this.functions[i];
    const next = this.functions[i + 1];
    if (next && addr >= next.address) return null;
    return { address: f.address, size: 0, name: f.name };
  }

  // The last line row at or before `addr`, not before the function's start (a row from the
  // previous function must not name this one's line).
  private lineIndex(addr: number, fn: CodeSymbol | null): number {
    let i = floorIndex(this.lines, addr);
    if (i < 0) return -1;
    while (
      i + 1 < this.lines.length &&
      this.lines[i + 1].address === this.lines[i].address &&
      this.lines[i + 1].address <= addr
    )
      i++;
    if (i < 0) return -1;
    if (fn && this.lines[i].address < fn.address) return -1;
    return i;
  }
}
