// The link map (`-Map FILE`), in GNU ld's layout: each output section with its address, size and
// load address, then the input sections it holds (address, size, object) and the global symbols
// defined in each.
import type { GlobalSymbol, InputSection, OutSection } from './model.ts';
import type { SymbolTable } from './resolve.ts';

const hex = (v: number): string => '0x' + (v >>> 0).toString(16).padStart(8, '0');

/// Renders the map of a finished layout.
export function mapFile(
  sections: readonly OutSection[],
  table: SymbolTable,
  output: string,
): string {
  const bySection = new Map<InputSection, GlobalSymbol[]>();
  for (const g of table.globals.values()) {
    if (!g.section || (g.state !== 'defined' && g.state !== 'common')) continue;
    const list = bySection.get(g.section) ?? [];
    list.push(g);
    bySection.set(g.section, list);
  }
  const lines = ['', 'Linker script and memory map', ''];
  for (const os of sections) {
    const load = os.lma !== os.addr ? ` load address ${hex(os.lma)}` : '';
    lines.push(
      `${os.name.padEnd(15)}${os.name.length > 14 ? '\n' + ' '.repeat(15) : ''}${hex(os.addr)} ${hex(os.size).padStart(10)}${load}`,
    );
    for (const sec of os.inputs) {
      lines.push(
        ` ${sec.name.padEnd(14)}${sec.name.length > 13 ? '\n' + ' '.repeat(15) : ''}${hex(sec.addr)} ${hex(sec.size).padStart(10)} ${sec.obj.name}`,
      );
      const syms = (bySection.get(sec) ?? []).sort((a, b) => a.address - b.address);
      for (const g of syms)
        lines.push(`${' '.repeat(16)}${hex(g.address)}                ${g.name}`);
    }
    const scriptSyms = [...table.globals.values()].filter(
      (g) => g.state === 'script' && g.outSection === os,
    );
    for (const g of scriptSyms)
      lines.push(`${' '.repeat(16)}${hex(g.value)}                ${g.name} = .`);
    lines.push('');
  }
  lines.push(`OUTPUT(${output} elf32-i386)`, '');
  return lines.join('\n');
}
