// Debug sections of a relocatable object still hold relocations (R_386_32 against .text, against
// .debug_line_str...). Applying them with every section at address 0 turns addresses into
// section offsets and string references into real offsets, enough to read an object's tables.
import { SHF, SHN } from '../elf/constants.ts';
import type { ElfFile, ElfSection } from '../elf/reader.ts';

/// The section's bytes with its R_386_32 relocations applied (a copy), or its own bytes when it
/// has none or the file is already linked. `sectionBase(shndx)` places each target section (0 by
/// default); giving sections distinct bases keeps `.text` and `.text.startup` rows apart.
export function relocatedDebugSection(
  elf: ElfFile,
  sec: ElfSection,
  sectionBase: (shndx: number) => number = () => 0,
): Uint8Array {
  const rel = elf.type === 1 ? elf.relocations.get(sec.index) : undefined;
  if (!rel) return sec.data;
  const out = sec.data.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i < rel.entries.length; i += 2) {
    const off = rel.entries[i],
      info = rel.entries[i + 1];
    if ((info & 0xff) !== 1 || off + 4 > out.length) continue;
    const sym = elf.symbols[info >>> 8];
    // Only code and data move with sectionBase; references to debug string tables stay offsets.
    const target = sym && sym.shndx < SHN.LORESERVE ? elf.sections[sym.shndx] : undefined;
    const base = target && target.flags & SHF.ALLOC ? sectionBase(sym.shndx) : 0;
    const s = sym && sym.shndx !== SHN.UNDEF ? sym.value + base : 0;
    view.setUint32(off, (view.getUint32(off, true) + s) >>> 0, true);
  }
  return out;
}
