// The `ld -r` image: merged sections packed one after the other, each followed by its `.rel`
// section, then the symbol and string tables. Relocations keep their type; their offsets move
// with the merged section and local section-relative targets become the output section's symbol
// (the in-place addend is adjusted); globals and local absolute symbols keep their symbol.
import { REL } from '../elf/layout.ts';
import { GRP_COMDAT, SHF, SHN, SHT } from '../elf/constants.ts';
import { writeElf, type SectionOut } from '../elf/writer.ts';
import { sectionOut } from './exec-image.ts';
import type { InputObject, OutSection } from './model.ts';
import { symtabSections, type BuiltSymtab } from './symtab.ts';

/// Rewrites the relocations of one output section; returns the new .rel body (null if none).
/// Patches local-target addends in `bytes`.
export function relocationsFor(
  os: OutSection,
  bytes: Uint8Array,
  st: BuiltSymtab,
): Uint8Array | null {
  const entries: number[] = [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const sec of os.inputs) {
    if (!sec.relocs || sec.type === SHT.NOBITS) continue;
    const r = sec.relocs;
    for (let i = 0; i < r.length; i += 2) {
      const type = r[i + 1] & 0xff,
        symIndex = r[i + 1] >>> 8;
      const at = sec.offset + r[i];
      const target = outputSymbol(sec.obj, symIndex, st);
      if (target.addend !== 0) addToWord(view, at, type, target.addend);
      entries.push(at, (target.index << 8) | type);
    }
  }
  if (entries.length === 0) return null;
  const out = new Uint8Array(entries.length * 4);
  const ov = new DataView(out.buffer);
  entries.forEach((v, i) => ov.setUint32(i * 4, v >>> 0, true));
  return out;
}

function outputSymbol(
  obj: InputObject,
  symIndex: number,
  st: BuiltSymtab,
): { index: number; addend: number } {
  if (symIndex === 0) return { index: 0, addend: 0 };
  const g = obj.globals[symIndex];
  if (g) return { index: st.globalIndex.get(g) ?? 0, addend: 0 };
  const s = obj.elf.symbols[symIndex];
  if (s.shndx === SHN.ABS) return absoluteLocal(obj, symIndex, s.value, st);
  const sec = obj.sections[s.shndx];
  if (!sec || !sec.out) return { index: 0, addend: 0 };
  return { index: st.sectionSymbol.get(sec.out) ?? 0, addend: sec.offset + s.value };
}

// A local absolute symbol has no section to stand in for it. As GNU ld -r does, the relocation
// keeps naming the symbol (copied to the output) and the in-place addend is left alone: the
// final link adds the symbol's value once. Only if the symbol was not copied does its value move
// into the bytes, against the null symbol, so it is still counted exactly once.
function absoluteLocal(
  obj: InputObject,
  symIndex: number,
  value: number,
  st: BuiltSymtab,
): { index: number; addend: number } {
  const index = st.localIndex.get(obj)?.get(symIndex);
  return index ? { index, addend: 0 } : { index: 0, addend: value };
}

function addToWord(view: DataView, at: number, type: number, add: number): void {
  if (type === 20 || type === 21)
    view.setUint16(at, (view.getUint16(at, true) + add) & 0xffff, true);
  else if (type === 22 || type === 23) view.setUint8(at, (view.getUint8(at) + add) & 0xff);
  else view.setUint32(at, (view.getUint32(at, true) + add) >>> 0, true);
}

/// Writes the relocatable file. Section indices: each output section then its .rel section.
export function writeRelocatable(
  sections: readonly OutSection[],
  bytes: ReadonlyMap<OutSection, Uint8Array>,
  rels: ReadonlyMap<OutSection, Uint8Array>,
  st: BuiltSymtab,
): Uint8Array {
  const out: SectionOut[] = [];
  let off = 52;
  const place = (s: Omit<SectionOut, 'offset'>): void => {
    off = s.addralign > 1 ? Math.ceil(off / s.addralign) * s.addralign : off;
    out.push({ ...s, offset: off });
    if (s.type !== SHT.NOBITS) off += s.size;
  };
  const groups = groupsOf(sections);
  const symtabIndex = groups.length + sections.length + rels.size + 1;
  for (const members of groups) place(groupSection(members, rels, st, symtabIndex));
  for (const os of sections) {
    const header = sectionOut(os, 0, bytes.get(os) ?? null);
    place(os.group ? { ...header, flags: header.flags | SHF.GROUP } : header);
    const rel = rels.get(os);
    if (rel) place(relSection(os, rel, symtabIndex));
  }
  for (const t of symtabSections(st, symtabIndex)) place(t);
  return writeElf({ type: 1, entry: 0, segments: [], sections: out, tail: off });
}

// The `.rel<name>` section carrying one output section's relocations.
function relSection(
  os: OutSection,
  rel: Uint8Array,
  symtabIndex: number,
): Omit<SectionOut, 'offset'> {
  const flags = os.group ? SHF.INFO_LINK | SHF.GROUP : SHF.INFO_LINK;
  return {
    name: `.rel${os.name}`,
    type: SHT.REL,
    flags,
    addr: 0,
    size: rel.length,
    link: symtabIndex,
    info: os.index,
    addralign: 4,
    entsize: REL.size,
    data: rel,
  };
}

/// The output sections of each COMDAT group, in output order (one list per group).
export function groupsOf(sections: readonly OutSection[]): OutSection[][] {
  const byKey = new Map<string, OutSection[]>();
  for (const os of sections) {
    if (!os.group) continue;
    const list = byKey.get(os.group.key) ?? [];
    list.push(os);
    byKey.set(os.group.key, list);
  }
  return [...byKey.values()];
}

// A `.group` section: GRP_COMDAT, then the members' indices (each section and its .rel); sh_info
// names the signature symbol.
function groupSection(
  members: readonly OutSection[],
  rels: ReadonlyMap<OutSection, Uint8Array>,
  st: BuiltSymtab,
  symtabIndex: number,
): Omit<SectionOut, 'offset'> {
  const words = [GRP_COMDAT];
  for (const os of members) {
    words.push(os.index);
    if (rels.has(os)) words.push(os.index + 1);
  }
  const data = new Uint8Array(words.length * 4);
  const view = new DataView(data.buffer);
  words.forEach((w, i) => view.setUint32(i * 4, w, true));
  const first = members[0];
  const obj = first.inputs[0].obj,
    symIndex = first.group!.symIndex;
  const g = obj.globals[symIndex];
  const info =
    (g ? st.globalIndex.get(g) : st.localIndex.get(obj)?.get(symIndex)) ??
    st.sectionSymbol.get(first) ??
    0;
  return {
    name: '.group',
    type: SHT.GROUP,
    flags: 0,
    addr: 0,
    size: data.length,
    link: symtabIndex,
    info,
    addralign: 4,
    entsize: 4,
    data,
  };
}
