/// Renders a whole ELF file the way `objdump -d` does: each executable section split at its
/// symbols, `<symbol+off>` labels and branch targets, the address width objdump picks, and
/// `.byte` for an instruction cut short by the next symbol.
import type { ElfContents, ElfSection } from './elf-sections.ts';
import { addressWidth, disassemble, objdumpLines } from './disassembler.ts';

interface Label {
  readonly addr: number;
  readonly name: string;
  /// A section symbol: names chunk headers but never branch targets.
  readonly section: boolean;
}

const SHF_EXECINSTR = 4;
const STT_SECTION = 3,
  STT_FILE = 4;

/// Symbols of section `index` sorted by address (section symbols named after their section).
function labelsOf(elf: ElfContents, index: number): Label[] {
  const out: Label[] = [];
  for (const s of elf.symbols) {
    if (s.section !== index || s.type === STT_FILE) continue;
    const name = s.type === STT_SECTION ? elf.sections[index].name : s.name;
    if (name) out.push({ addr: s.value >>> 0, name, section: s.type === STT_SECTION });
  }
  return out.sort((a, b) => a.addr - b.addr);
}

/// `name`, `name+0x4` or `name-0xc` for `addr` relative to the nearest label.
function labelFor(labels: readonly Label[], addr: number, fallback: string): string {
  let best: Label | null = null;
  for (const l of labels) if (l.addr <= addr && (!best || l.addr >= best.addr)) best = l;
  if (best)
    return addr === best.addr ? best.name : `${best.name}+0x${(addr - best.addr).toString(16)}`;
  const next = labels.find((l) => l.addr > addr);
  return next ? `${next.name}-0x${(next.addr - addr).toString(16)}` : fallback;
}

/// Disassembles one section; returns its text lines.
function sectionLines(data: Uint8Array, elf: ElfContents, index: number): string[] {
  const sec: ElfSection = elf.sections[index];
  const base = elf.relocatable ? 0 : sec.addr;
  const bytes = data.subarray(sec.offset, sec.offset + sec.size);
  const labels = labelsOf(elf, index);
  const width = addressWidth(base + sec.size);
  const starts = [
    ...new Set([base, ...labels.map((l) => l.addr).filter((a) => a > base && a < base + sec.size)]),
  ].sort((a, b) => a - b);
  const named = labels.filter((l) => !l.section);
  const sym = (a: number) =>
    named.length === 0
      ? `0x${a.toString(16)}`
      : `${a.toString(16)} <${labelFor(named, a, sec.name)}>`;
  const out = ['', `Disassembly of section ${sec.name}:`];
  starts.forEach((start, k) => {
    const end = k + 1 < starts.length ? starts[k + 1] : base + sec.size;
    out.push('', `${start.toString(16).padStart(8, '0')} <${labelFor(labels, start, sec.name)}>:`);
    for (const line of disassemble(bytes.subarray(start - base, end - base), start, 32, sym)) {
      if (
        line.text === '(bad)' &&
        line.bytes.length === 1 &&
        start + (line.addr - start) + 1 === end &&
        end - line.addr < 2
      ) {
        out.push(
          ...objdumpLines({ ...line, text: `.byte 0x${line.bytes[0].toString(16)}` }, width),
        );
      } else out.push(...objdumpLines(line, width));
    }
  });
  return out;
}

/// The full `objdump -d` text for an ELF file named `file`.
export function objdumpText(data: Uint8Array, elf: ElfContents, file: string): string {
  const lines = ['', `${file}:     file format elf32-i386`, ''];
  elf.sections.forEach((s, k) => {
    if ((s.flags & SHF_EXECINSTR) !== 0 && s.type === 1 && s.size > 0)
      lines.push(...sectionLines(data, elf, k));
  });
  return lines.join('\n') + '\n';
}
