// System.map text, exactly as `nm -n` prints it: every symbol except section and file symbols,
// undefined ones first, then by address, ties by name; the type letter from the symbol's binding
// and its section, by the same rules as GNU nm (so `c0100000 T startup_32`, `c0300000 B _end`).
import { SHF, SHN, SHT, STB, STT } from '../elf/constants.ts';
import type { ElfFile, ElfSection, ElfSymbol } from '../elf/reader.ts';

// Section names nm recognises before looking at flags: a prefix followed by `.`, `$`, a digit or
// the end of the name.
const NAMED: readonly (readonly [string, string])[] = [
  ['*DEBUG*', 'N'],
  ['.bss', 'b'],
  ['zerovars', 'b'],
  ['.data', 'd'],
  ['vars', 'd'],
  ['.rdata', 'r'],
  ['.rodata', 'r'],
  ['.sbss', 's'],
  ['.scommon', 'c'],
  ['.sdata', 'g'],
  ['.text', 't'],
  ['code', 't'],
  ['.drectve', 'i'],
  ['.idata', 'i'],
  ['.edata', 'e'],
  ['.pdata', 'p'],
  ['.debug', 'N'],
];

function byName(name: string): string {
  for (const [prefix, c] of NAMED) {
    if (!name.startsWith(prefix)) continue;
    const next = name.charAt(prefix.length);
    if (next === '' || next === '.' || next === '$' || (next >= '0' && next <= '9')) return c;
  }
  return '?';
}

const DEBUG_PREFIXES = [
  '.debug',
  '.gnu.linkonce.wi.',
  '.zdebug',
  '.line',
  '.stab',
  '.gdb_index',
  '.gnu_debug',
];

function byFlags(s: ElfSection): string {
  const contents = s.type !== SHT.NOBITS;
  const code = (s.flags & SHF.EXECINSTR) !== 0;
  const readonly = (s.flags & SHF.WRITE) === 0;
  if (code) return 't';
  if ((s.flags & SHF.ALLOC) !== 0 && contents) return readonly ? 'r' : 'd';
  if (!contents) return 'b';
  if (DEBUG_PREFIXES.some((p) => s.name.startsWith(p))) return 'N';
  return readonly ? 'n' : '?';
}

/// The nm type letter of one symbol. `cache` (by section index) saves re-deriving a section's
/// letter for every symbol in it.
export function nmLetter(
  sym: ElfSymbol,
  sections: readonly ElfSection[],
  cache?: Map<number, string>,
): string {
  if (sym.shndx === SHN.COMMON) return 'C';
  const object = sym.type === STT.OBJECT;
  if (sym.shndx === SHN.UNDEF) return sym.bind === STB.WEAK ? (object ? 'v' : 'w') : 'U';
  if (sym.type === 10) return 'i';
  if (sym.bind === STB.WEAK) return object ? 'V' : 'W';
  if (sym.bind === 10) return 'u';
  let c: string;
  if (sym.shndx === SHN.ABS) c = 'a';
  else {
    const known = cache?.get(sym.shndx);
    if (known !== undefined) c = known;
    else {
      const sec = sections[sym.shndx];
      if (!sec) return '?';
      c = byName(sec.name);
      if (c === '?') c = byFlags(sec);
      cache?.set(sym.shndx, c);
    }
  }
  return sym.bind === STB.GLOBAL ? c.toUpperCase() : c;
}

/// `nm -n` output for a parsed ELF file.
export function systemMap(elf: ElfFile): string {
  const syms = elf.symbols.filter(
    (s) => s.index !== 0 && s.type !== STT.SECTION && s.type !== STT.FILE,
  );
  const undef = (s: ElfSymbol) => s.shndx === SHN.UNDEF;
  syms.sort((a, b) => {
    if (undef(a) !== undef(b)) return undef(a) ? -1 : 1;
    if (!undef(a) && a.value !== b.value) return a.value - b.value;
    return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
  });
  let out = '';
  const cache = new Map<number, string>();
  for (const s of syms) {
    const addr = undef(s) ? '        ' : s.value.toString(16).padStart(8, '0');
    out += `${addr} ${nmLetter(s, elf.sections, cache)} ${s.name}\n`;
  }
  return out;
}
