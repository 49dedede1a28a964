// Output symbol tables. An executable gets GNU ld's shape: each object's FILE symbol and locals,
// then the symbols the script or the linker hid (PROVIDE_HIDDEN, _GLOBAL_OFFSET_TABLE_) as locals,
// then globals (hidden-visibility ones keep their binding, as in GNU ld's static output).
// `ld -r` also gets a section symbol per section, which its relocations against local symbols
// are rewritten to use.
import { SHN, SHT, STB, STT } from '../elf/constants.ts';
import { StringTable, encodeSymbols, type SectionOut } from '../elf/writer.ts';
import type { GlobalSymbol, InputObject, OutSection } from './model.ts';

/// An output symbol before encoding.
export interface OutSymbol {
  readonly name: string;
  readonly value: number;
  readonly size: number;
  readonly bind: number;
  readonly type: number;
  readonly other: number;
  readonly shndx: number;
}

/// The built table: encoded bytes, the string table, the first global's index (sh_info) and,
/// for relocations, where each global went.
export interface BuiltSymtab {
  readonly symtab: Uint8Array;
  readonly strtab: Uint8Array;
  readonly firstGlobal: number;
  readonly globalIndex: ReadonlyMap<GlobalSymbol, number>;
  readonly sectionSymbol: ReadonlyMap<OutSection, number>;
  /// For local ABS symbols kept as they are: (object, symbol index) -> output index.
  readonly localIndex: ReadonlyMap<InputObject, Map<number, number>>;
}

/// Builds the symbol table for the given objects and globals.
export function buildSymtab(
  objects: readonly InputObject[],
  globals: Iterable<GlobalSymbol>,
  sections: readonly OutSection[],
  relocatable: boolean,
): BuiltSymtab {
  const locals: OutSymbol[] = [local('', 0, 0, 0)];
  const sectionSymbol = new Map<OutSection, number>();
  if (relocatable) {
    for (const os of sections) {
      sectionSymbol.set(os, locals.length);
      locals.push(local('', STT.SECTION, os.index, 0));
    }
  }
  const localIndex = new Map<InputObject, Map<number, number>>();
  for (const obj of objects) localIndex.set(obj, objectLocals(obj, locals));
  const hiddenOnes: OutSymbol[] = [];
  const globalsOut: [GlobalSymbol, OutSymbol][] = [];
  for (const g of globals) {
    const sym = globalSymbol(g, relocatable);
    if (!sym) continue;
    if (!relocatable && g.hidden) hiddenOnes.push({ ...sym, bind: STB.LOCAL });
    else globalsOut.push([g, sym]);
  }
  // GNU ld starts the linker's own locals with an unnamed FILE symbol.
  const all = hiddenOnes.length
    ? [...locals, local('', STT.FILE, SHN.ABS, 0), ...hiddenOnes]
    : locals;
  const firstGlobal = all.length;
  const globalIndex = new Map<GlobalSymbol, number>();
  for (const [g, s] of globalsOut) {
    globalIndex.set(g, all.length);
    all.push(s);
  }
  const { symtab, strtab } = encode(all);
  return { symtab, strtab, firstGlobal, globalIndex, sectionSymbol, localIndex };
}

function local(name: string, type: number, shndx: number, value: number): OutSymbol {
  return { name, value, size: 0, bind: STB.LOCAL, type, other: 0, shndx };
}

// Strings first (suffix-shared), then the 16-byte entries. st_other is as given: an object's
// locals keep theirs whole (tcc's private bits included, as GNU ld copies them), globals carry
// only their visibility (GNU ld merges only that).
function encode(all: readonly OutSymbol[]): { symtab: Uint8Array; strtab: Uint8Array } {
  const strings = new StringTable();
  for (const s of all) if (s.type !== STT.SECTION) strings.add(s.name);
  const strtab = strings.finish();
  const symtab = encodeSymbols(
    all.map((s) => ({
      name: s.type === STT.SECTION ? 0 : strings.offset(s.name),
      value: s.value,
      size: s.size,
      info: (s.bind << 4) | s.type,
      other: s.other,
      shndx: s.shndx,
    })),
  );
  return { symtab, strtab };
}

// An object's FILE and local symbols (not section symbols), rebased to the output. Objects
// without a FILE symbol get one named after the object, as GNU ld does.
function objectLocals(obj: InputObject, out: OutSymbol[]): Map<number, number> {
  const index = new Map<number, number>();
  const start = out.length;
  let hasFile = false;
  for (const s of obj.elf.symbols) {
    if (s.index === 0 || s.bind !== STB.LOCAL || s.type === STT.SECTION) continue;
    if (s.type === STT.FILE) {
      hasFile = true;
      out.push({
        name: s.name,
        value: 0,
        size: 0,
        bind: 0,
        type: STT.FILE,
        other: 0,
        shndx: SHN.ABS,
      });
      continue;
    }
    const placed = placeLocal(obj, s.shndx, s.value);
    if (!placed) continue;
    index.set(s.index, out.length);
    out.push({
      name: s.name,
      value: placed.value,
      size: s.size,
      bind: STB.LOCAL,
      type: s.type,
      other: s.other,
      shndx: placed.shndx,
    });
  }
  if (!hasFile && out.length > start)
    out.splice(start, 0, {
      name: obj.name.replace(/^.*\//, ''),
      value: 0,
      size: 0,
      bind: 0,
      type: STT.FILE,
      other: 0,
      shndx: SHN.ABS,
    });
  if (!hasFile && out.length > start) for (const [k, v] of index) index.set(k, v + 1);
  return index;
}

function placeLocal(
  obj: InputObject,
  shndx: number,
  value: number,
): { value: number; shndx: number } | null {
  if (shndx === SHN.ABS) return { value, shndx: SHN.ABS };
  if (shndx === SHN.UNDEF || shndx >= SHN.LORESERVE) return null;
  const sec = obj.sections[shndx];
  if (!sec || sec.discarded || !sec.out || sec.out.removed || sec.out.index === 0) return null;
  return { value: sec.addressOf(value), shndx: sec.out.index };
}

function globalSymbol(g: GlobalSymbol, relocatable: boolean): OutSymbol | null {
  const bind = g.weak ? STB.WEAK : STB.GLOBAL;
  const sym = (
    value: number,
    shndx: number,
    type = g.type,
    size = g.size,
    b = bind,
  ): OutSymbol => ({
    name: g.name,
    value,
    size,
    bind: b,
    type,
    other: g.visibility,
    shndx,
  });
  switch (g.state) {
    case 'undefined':
      // An executable resolved every reference; GNU ld leaves undefined weak ones out of its table.
      if (!g.firstRef || !relocatable) return null;
      // It keeps the type its references gave it, as GNU ld -r does.
      return sym(0, SHN.UNDEF, g.type, 0, g.weakRefOnly ? STB.WEAK : STB.GLOBAL);
    case 'common':
      if (relocatable || !g.section?.out) return sym(g.commonAlign, SHN.COMMON);
      return sym(g.address, g.section.out.index);
    case 'script': {
      const os = g.outSection && !g.outSection.removed && g.outSection.index ? g.outSection : null;
      // The type a reference gave it or its expression's one symbol has (see addresses.ts).
      return sym(g.value, os ? os.index : SHN.ABS, g.type, 0, STB.GLOBAL);
    }
    case 'defined':
      if (!g.section) return sym(g.value, SHN.ABS);
      if (g.section.discarded || !g.section.out) return null;
      return sym(g.address, g.section.out.index, aliasType(g));
  }
}

// A weak NOTYPE symbol set to a function (`.weak x; .set x, sys_ni_syscall`, as tcc writes
// cond_syscall) takes that function's type, as GNU ld's output shows it.
function aliasType(g: GlobalSymbol): number {
  if (g.type !== STT.NOTYPE || !g.weak || !g.obj || !g.sym) return g.type;
  const target = g.obj.elf.symbols.find(
    (s) =>
      s !== g.sym &&
      s.shndx === g.sym!.shndx &&
      s.value === g.sym!.value &&
      s.bind === STB.GLOBAL &&
      (s.type === STT.FUNC || s.type === STT.OBJECT),
  );
  return target ? target.type : g.type;
}

/// The .symtab and .strtab section headers of a built table, the symbol table at section index
/// `symtabIndex` (its string table follows it).
export function symtabSections(st: BuiltSymtab, symtabIndex: number): Omit<SectionOut, 'offset'>[] {
  const base = { flags: 0, addr: 0 };
  return [
    {
      ...base,
      name: '.symtab',
      type: SHT.SYMTAB,
      size: st.symtab.length,
      link: symtabIndex + 1,
      info: st.firstGlobal,
      addralign: 4,
      entsize: 16,
      data: st.symtab,
    },
    {
      ...base,
      name: '.strtab',
      type: SHT.STRTAB,
      size: st.strtab.length,
      link: 0,
      info: 0,
      addralign: 1,
      entsize: 0,
      data: st.strtab,
    },
  ];
}
