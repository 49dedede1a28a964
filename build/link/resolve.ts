// Loading inputs and resolving symbols, in command-line order as GNU ld does: objects are always
// loaded; an archive is scanned where it appears, pulling in members that define a symbol still
// undefined, again and again until a pass pulls nothing (weak references never pull a member).
import { isArchive, readArchive, type Archive } from '../elf/archive.ts';
import { GRP_COMDAT, SHF, SHN, SHT, STB, STT } from '../elf/constants.ts';
import { ElfFormatError } from '../elf/errors.ts';
import { isElf, readElf, type ElfFile, type ElfSymbol } from '../elf/reader.ts';
import { Diagnostics, placeOf } from './diag.ts';
import { GlobalSymbol, InputObject, InputSection, type SectionGroup } from './model.ts';
import type { FileAccess, LibraryRef, LinkInput } from './types.ts';

/// All loaded objects and the global symbol table.
export class SymbolTable {
  readonly objects: InputObject[] = [];
  readonly globals = new Map<string, GlobalSymbol>();
  private readonly groups = new Set<string>();

  constructor(private readonly diag: Diagnostics) {}

  /// The global symbol named `name`, created undefined if new.
  get(name: string): GlobalSymbol {
    let g = this.globals.get(name);
    if (!g) this.globals.set(name, (g = new GlobalSymbol(name)));
    return g;
  }

  /// Loads one object file (already parsed) and binds its symbols.
  addObject(name: string, elf: ElfFile): InputObject {
    if (elf.type !== 1)
      throw new ElfFormatError(
        'not a relocatable object (ET_REL); cannot link it',
        name,
        0,
        undefined,
        16,
      );
    const obj = new InputObject(name, elf, this.objects.length);
    this.objects.push(obj);
    const { dropped, kept } = this.comdatGroups(elf, obj.order);
    for (const s of elf.sections) {
      const sec = linkable(obj, s.index, dropped);
      if (sec) sec.group = kept.get(s.index) ?? null;
      obj.sections.push(sec);
    }
    for (const s of elf.symbols)
      obj.globals.push(s.bind === STB.LOCAL || s.index === 0 ? null : this.bind(obj, s));
    return obj;
  }

  // COMDAT groups: the members of a group whose signature an earlier object already provided
  // are dropped; the others are kept and remember their group (a partial link writes it again).
  private comdatGroups(
    elf: ElfFile,
    order: number,
  ): { dropped: Set<number>; kept: Map<number, SectionGroup> } {
    const dropped = new Set<number>();
    const kept = new Map<number, SectionGroup>();
    for (const g of elf.sections) {
      if (g.type !== SHT.GROUP || g.data.length < 4 || g.data.length % 4 !== 0) continue;
      const view = new DataView(g.data.buffer, g.data.byteOffset, g.data.byteLength);
      if ((view.getUint32(0, true) & GRP_COMDAT) === 0) continue;
      const sig = elf.symbols[g.info]?.name ?? '';
      const fresh = !this.groups.has(sig);
      this.groups.add(sig);
      const group: SectionGroup = { signature: sig, symIndex: g.info, key: `${order}:${g.index}` };
      for (let i = 4; i < g.data.length; i += 4) {
        const member = view.getUint32(i, true);
        if (fresh) kept.set(member, group);
        else dropped.add(member);
      }
    }
    return { dropped, kept };
  }

  private bind(obj: InputObject, s: ElfSymbol): GlobalSymbol {
    const g = this.get(s.name);
    const undef =
      s.shndx === SHN.UNDEF ||
      (s.shndx < SHN.LORESERVE &&
        obj.sections[s.shndx] === null &&
        s.shndx !== 0 &&
        isDroppedGroupMember(obj, s.shndx));
    if (undef) {
      g.firstRef ??= obj;
      if (s.bind !== STB.WEAK) g.weakRefOnly = false;
      // GNU ld keeps the type of a typed reference (tcc writes `extern char _etext[]` as an
      // undefined OBJECT) for a symbol with none yet; a script definition then shows it.
      if (g.type === STT.NOTYPE) g.type = s.type;
      return g;
    }
    if (s.shndx === SHN.COMMON) return this.common(g, obj, s);
    const weak = s.bind === STB.WEAK;
    if (g.state === 'defined' && !g.weak && !weak) this.duplicate(g, obj, s);
    else if (
      g.state === 'undefined' ||
      g.state === 'common' ||
      (g.state === 'defined' && g.weak && !weak)
    ) {
      this.define(g, obj, s, weak);
    }
    return g;
  }

  private define(g: GlobalSymbol, obj: InputObject, s: ElfSymbol, weak: boolean): void {
    g.state = 'defined';
    g.weak = weak;
    g.obj = obj;
    g.sym = s;
    g.section = s.shndx === SHN.ABS ? null : obj.sections[s.shndx];
    g.value = s.value;
    g.size = s.size;
    if (s.type !== STT.NOTYPE) g.type = s.type; // an untyped definition keeps a reference's type
    g.visibility = s.other & 3;
    if (g.section === null && s.shndx !== SHN.ABS) {
      // A symbol in a non-linkable section (e.g. a note without ALLOC): keep it absolute.
      g.value = s.value;
    }
  }

  private common(g: GlobalSymbol, obj: InputObject, s: ElfSymbol): GlobalSymbol {
    if (g.state === 'undefined') {
      g.state = 'common';
      g.obj = obj;
      g.sym = s;
      g.size = s.size;
      g.commonAlign = Math.max(1, s.value);
      g.type = STT.OBJECT;
      g.weak = false;
    } else if (g.state === 'common') {
      if (s.size > g.size) {
        g.size = s.size;
        g.obj = obj;
        g.sym = s;
      }
      g.commonAlign = Math.max(g.commonAlign, s.value);
    }
    return g;
  }

  private duplicate(g: GlobalSymbol, obj: InputObject, s: ElfSymbol): void {
    const first = g.obj!;
    const here = placeOf(obj, s.shndx, sectionName(obj, s.shndx), s.value);
    const there = placeOf(first, g.sym!.shndx, sectionName(first, g.sym!.shndx), g.sym!.value);
    const firstAt = there.fn ? `${first.name}:${there.text}` : there.text;
    const message = `multiple definition of \`${g.name}'; ${firstAt}: first defined here`;
    this.diag.add({
      file: here.file,
      line: here.line,
      severity: 'error',
      kind: 'multiple-definition',
      symbol: g.name,
      object: obj.name,
      section: here.section,
      offset: here.offset,
      function: here.fn ?? undefined,
      message: `multiple definition of '${g.name}' (first defined in ${first.name})`,
      text: this.diag.located(obj, here, message),
    });
  }

  /// Undefined, non-weak symbols an archive member could satisfy.
  wanted(name: string): boolean {
    const g = this.globals.get(name);
    return g !== undefined && g.state === 'undefined' && !g.weakRefOnly;
  }
}

function isDroppedGroupMember(obj: InputObject, shndx: number): boolean {
  const s = obj.elf.sections[shndx];
  return s !== undefined && (s.flags & SHF.GROUP) !== 0;
}

function sectionName(obj: InputObject, shndx: number): string {
  if (shndx === SHN.ABS) return '*ABS*';
  return obj.elf.sections[shndx]?.name ?? '?';
}

/// Section kinds that are linked (their contents go to an output section).
function linkable(obj: InputObject, index: number, dropped: Set<number>): InputSection | null {
  const s = obj.elf.sections[index];
  if (index === 0 || dropped.has(index)) return null;
  // String tables of symbols and section names are rebuilt; others (.stabstr) are data.
  const tableOfNames =
    s.type === SHT.STRTAB &&
    (s.name === '.shstrtab' ||
      obj.elf.sections.some((t) => t.type === SHT.SYMTAB && t.link === index));
  const skip =
    s.type === SHT.NULL ||
    s.type === SHT.SYMTAB ||
    tableOfNames ||
    s.type === SHT.REL ||
    s.type === SHT.RELA ||
    s.type === SHT.GROUP ||
    s.type === SHT.SYMTAB_SHNDX;
  if (skip) return null;
  const relocs = obj.elf.relocations.get(index)?.entries ?? null;
  return new InputSection(
    obj,
    index,
    s.name,
    s.type,
    s.flags,
    s.size,
    Math.max(1, s.addralign),
    s.data,
    relocs,
  );
}

/// Loads every input in order into `table`, scanning archives on demand. Unreadable inputs become
/// diagnostics; the link goes on with the rest so all problems are reported at once.
export function loadInputs(
  table: SymbolTable,
  inputs: readonly (LinkInput | LibraryRef)[],
  libraryPaths: readonly string[],
  fs: FileAccess | null,
  diag: Diagnostics,
): void {
  for (const input of inputs) {
    const file = 'library' in input ? findLibrary(input.library, libraryPaths, fs, diag) : input;
    if (!file) continue;
    try {
      if (isArchive(file.bytes)) scanArchive(table, readArchive(file.name, file.bytes), diag);
      else if (isElf(file.bytes)) table.addObject(file.name, readElf(file.name, file.bytes));
      else
        diag.error(
          'bad-object',
          file.name,
          'file format not recognized',
          `${file.name}: file not recognized: file format not recognized`,
        );
    } catch (e) {
      if (e instanceof ElfFormatError) diag.fromError(e, 'bad-object');
      else throw e;
    }
  }
}

function findLibrary(
  lib: string,
  paths: readonly string[],
  fs: FileAccess | null,
  diag: Diagnostics,
): LinkInput | null {
  for (const dir of paths) {
    const name = `${dir.replace(/\/$/, '')}/lib${lib}.a`;
    const bytes = fs?.readFile(name);
    if (bytes) return { name, bytes };
  }
  diag.error(
    'missing-file',
    `-l${lib}`,
    `cannot find -l${lib}`,
    `cannot find -l${lib}: No such file or directory`,
  );
  return null;
}

// Pulls members until no pass adds one. Without an index, members' own symbol tables are read.
function scanArchive(table: SymbolTable, ar: Archive, diag: Diagnostics): void {
  const loaded = new Set<number>();
  const parsed = new Map<number, ElfFile | null>();
  const parse = (i: number): ElfFile | null => {
    if (!parsed.has(i)) {
      const m = ar.members[i];
      const name = `${ar.name}(${m.name})`;
      try {
        parsed.set(i, isElf(m.bytes) ? readElf(name, m.bytes) : null);
      } catch (e) {
        if (!(e instanceof ElfFormatError)) throw e;
        diag.fromError(e, 'bad-object');
        parsed.set(i, null);
      }
    }
    return parsed.get(i)!;
  };
  const byOffset = new Map(ar.members.map((m, i) => [m.offset, i]));
  const pull = (i: number): void => {
    loaded.add(i);
    const elf = parse(i);
    if (elf) table.addObject(`${ar.name}(${ar.members[i].name})`, elf);
  };
  for (let progress = true; progress;) {
    progress = false;
    if (ar.index) {
      for (const [name, off] of ar.index) {
        const i = byOffset.get(off);
        if (i === undefined || loaded.has(i) || !table.wanted(name)) continue;
        pull(i);
        progress = true;
      }
      continue;
    }
    for (let i = 0; i < ar.members.length; i++) {
      if (loaded.has(i) || !memberWanted(table, i, parse)) continue;
      pull(i);
      progress = true;
    }
  }
}

function memberWanted(
  table: SymbolTable,
  i: number,
  parse: (i: number) => ElfFile | null,
): boolean {
  const elf = parse(i);
  if (!elf) return false;
  return elf.symbols.some(
    (s) =>
      s.bind !== STB.LOCAL &&
      s.shndx !== SHN.UNDEF &&
      s.shndx !== SHN.COMMON &&
      table.wanted(s.name),
  );
}
