// Symbol maps: address -> enclosing function, from an ELF symbol table or from System.map text.
import { SHF, SHN, STT } from '../elf/constants.ts';
import type { ElfFile } from '../elf/reader.ts';

/// A code symbol: its start, its size when known (0: up to the next symbol) and its name.
export interface CodeSymbol {
  readonly address: number;
  readonly size: number;
  readonly name: string;
}

/// Function and code-label symbols of executable sections, sorted by address. On ties the one
/// addr2line names comes first: the larger size, then global before weak before local.
export function symbolsFromElf(elf: ElfFile): CodeSymbol[] {
  const out: (CodeSymbol & { rank: number })[] = [];
  for (const s of elf.symbols) {
    if (s.index === 0 || s.shndx === SHN.UNDEF || s.shndx >= SHN.LORESERVE || !s.name) continue;
    if (s.type !== STT.FUNC && s.type !== STT.NOTYPE) continue;
    const sec = elf.sections[s.shndx];
    if (!sec || (sec.flags & SHF.EXECINSTR) === 0 || s.name.startsWith('.L')) continue;
    out.push({
      address: s.value,
      size: s.type === STT.FUNC ? s.size : 0,
      name: s.name,
      rank: s.bind === 1 ? 2 : s.bind === 2 ? 1 : 0,
    });
  }
  return sortSymbols(out);
}

/// Text symbols (t, T, w, W) of `nm -n` / System.map text. Malformed lines are skipped.
export function symbolsFromSystemMap(text: string): CodeSymbol[] {
  const out: (CodeSymbol & { rank: number })[] = [];
  for (const line of text.split('\n')) {
    const m = /^([0-9a-fA-F]{8})\s+([tTwW])\s+(\S+)$/.exec(line.trim());
    if (m)
      out.push({
        address: parseInt(m[1], 16),
        size: 0,
        name: m[3],
        rank: m[2] === 'T' ? 2 : m[2] === 'W' ? 1 : 0,
      });
  }
  return sortSymbols(out);
}

function sortSymbols(list: (CodeSymbol & { rank: number })[]): CodeSymbol[] {
  list.sort((a, b) => a.address - b.address || b.size - a.size || b.rank - a.rank);
  return list.map(({ address, size, name }) => ({ address, size, name }));
}

/// Index of the last element whose `address` is <= `addr` (-1 when none).
export function floorIndex<T extends { readonly address: number }>(
  list: readonly T[],
  addr: number,
): number {
  let lo = 0,
    hi = list.length - 1,
    best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].address <= addr) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}
