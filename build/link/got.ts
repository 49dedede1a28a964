// The global offset table of a static link, for objects compiled as PIC/PIE: `.got.plt` (whose
// start is _GLOBAL_OFFSET_TABLE_, the base of R_386_GOTPC and R_386_GOTOFF) and, when needed,
// `.got` entries holding absolute addresses. Like GNU ld, R_386_GOT32X loads, calls and jumps
// through the GOT are rewritten to use the address directly (see `relaxation`); other GOT32 and
// GOT32X references get an entry.
import { R386, SHT, STT } from '../elf/constants.ts';
import type { ElfFile } from '../elf/reader.ts';
import { InputObject, InputSection, type GlobalSymbol } from './model.ts';
import type { SymbolTable } from './resolve.ts';

/// The GOT of one link (null from `prepareGot` when no object needs it).
export interface Got {
  /// Address of _GLOBAL_OFFSET_TABLE_ (valid after layout).
  base(): number;
  /// Address of the entry for symbol `symIndex` of `obj`.
  entry(obj: InputObject, symIndex: number): number;
  /// Writes the entries' final addresses into `.got` (after layout, before relocation).
  fill(value: (obj: InputObject, symIndex: number) => number): void;
}

const GOT_TYPES = new Set<number>([R386.GOTPC, R386.GOTOFF, R386.GOT32, R386.GOT32X]);

/// The GOT32X forms a static link rewrites (GNU ld's relaxations), from the two bytes before the
/// 32-bit field at `off`: `mov disp32(%reg), %reg2` (8b, a base register, no SIB) becomes
/// `mov $sym, %reg2`; `call *disp32(%reg)` (ff /2) becomes `addr32 call sym`; `jmp *disp32(%reg)`
/// (ff /4) becomes `jmp sym; nop`. Null for any other form, which gets a GOT entry.
export function relaxation(data: Uint8Array, off: number): 'mov' | 'call' | 'jmp' | null {
  if (off < 2) return null;
  const op = data[off - 2],
    modrm = data[off - 1];
  if (modrm >> 6 !== 2 || (modrm & 7) === 4) return null;
  if (op === 0x8b) return 'mov';
  if (op === 0xff && ((modrm >> 3) & 7) === 2) return 'call';
  if (op === 0xff && ((modrm >> 3) & 7) === 4) return 'jmp';
  return null;
}

/// Scans the objects' relocations; when any refers to the GOT, adds a linker-made object with
/// `.got.plt` (and `.got` if entries are needed) and defines _GLOBAL_OFFSET_TABLE_.
export function prepareGot(table: SymbolTable): Got | null {
  const entries = new Map<string, number>();
  let needed = table.globals.get('_GLOBAL_OFFSET_TABLE_')?.state === 'undefined';
  for (const obj of table.objects) {
    for (const sec of obj.sections) {
      const r = sec?.relocs;
      if (!sec || !r) continue;
      for (let i = 0; i < r.length; i += 2) {
        const type = r[i + 1] & 0xff;
        if (!GOT_TYPES.has(type)) continue;
        needed = true;
        const gotEntry =
          type === R386.GOT32 || (type === R386.GOT32X && !relaxation(sec.data, r[i]));
        const key = entryKey(obj, r[i + 1] >>> 8);
        if (gotEntry && !entries.has(key)) entries.set(key, entries.size);
      }
    }
  }
  if (!needed) return null;
  return build(table, entries);
}

function entryKey(obj: InputObject, symIndex: number): string {
  const g = obj.globals[symIndex];
  return g ? `g:${g.name}` : `l:${obj.order}:${symIndex}`;
}

function build(table: SymbolTable, entries: Map<string, number>): Got {
  const elf: ElfFile = {
    name: '<linker>',
    bytes: new Uint8Array(0),
    type: 1,
    entry: 0,
    sections: [],
    symbols: [],
    symtabIndex: 0,
    relocations: new Map(),
  };
  const obj = new InputObject('<linker>', elf, table.objects.length);
  const got = entries.size
    ? new InputSection(
        obj,
        -3,
        '.got',
        SHT.PROGBITS,
        3,
        entries.size * 4,
        4,
        new Uint8Array(entries.size * 4),
        null,
      )
    : null;
  const gotPlt = new InputSection(
    obj,
    -2,
    '.got.plt',
    SHT.PROGBITS,
    3,
    12,
    4,
    new Uint8Array(12),
    null,
  );
  gotPlt.entsize = 4;
  if (got) obj.sections.push(got);
  obj.sections.push(gotPlt);
  table.objects.push(obj);
  const base = defineBase(table, obj, gotPlt);
  return {
    base: () => base.address,
    entry: (o, i) => (got ? got.addr + 4 * (entries.get(entryKey(o, i)) ?? 0) : 0),
    fill(value) {
      if (!got) return;
      const view = new DataView(got.data.buffer);
      for (const o of table.objects) {
        o.elf.symbols.forEach((_, i) => {
          const at = entries.get(entryKey(o, i));
          if (at !== undefined) view.setUint32(at * 4, value(o, i), true);
        });
      }
    },
  };
}

// GNU ld's _GLOBAL_OFFSET_TABLE_ is a local object at the start of .got.plt.
function defineBase(table: SymbolTable, obj: InputObject, gotPlt: InputSection): GlobalSymbol {
  const g = table.get('_GLOBAL_OFFSET_TABLE_');
  g.state = 'defined';
  g.obj = obj;
  g.section = gotPlt;
  g.value = 0;
  g.type = STT.OBJECT;
  g.hidden = true;
  return g;
}
