// Source lines inside a relocatable object, by section and offset: what a linker needs to say
// `MyPrintK.c:12: undefined reference to ...` the way GNU ld does for objects built with -g.
// Each section is read at its own base (index << 24), so rows of `.text` and `.text.startup`,
// both starting at offset 0, stay apart.
import type { ElfFile } from '../elf/reader.ts';
import { readDwarfLines } from './dwarf-line.ts';
import { readStabs, type LineRow } from './stabs.ts';
import { floorIndex } from './symbols.ts';

/// Finds the line of `offset` in section `shndx`; null without debug information there.
export type ObjectLineLookup = (
  shndx: number,
  offset: number,
) => { file: string; line: number } | null;

const SHIFT = 2 ** 24;

/// Builds the lookup for `elf`. Throws ElfFormatError on malformed debug sections.
export function objectLines(elf: ElfFile): ObjectLineLookup {
  const base = (shndx: number): number => shndx * SHIFT;
  const rows: LineRow[] = [...readStabs(elf, base).rows, ...readDwarfLines(elf, base)];
  const sorted = rows
    .map((r, i) => [r, i] as const)
    .sort((a, b) => a[0].address - b[0].address || a[1] - b[1])
    .map((x) => x[0]);
  return (shndx, offset) => {
    if (offset >= SHIFT) return null;
    const addr = base(shndx) + offset;
    let i = floorIndex(sorted, addr);
    while (
      i + 1 < sorted.length &&
      sorted[i + 1].address === sorted[i].address &&
      sorted[i + 1].address <= addr
    )
      i++;
    if (i < 0) return null;
    const row = sorted[i];
    if (!row.file || Math.floor(row.address / SHIFT) !== shndx) return null;
    return { file: row.file, line: row.line };
  };
}
