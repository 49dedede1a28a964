// Section contents and relocations. For an executable every relocation is applied in place
// (i386 REL: the addend is the word already there); for `ld -r` they are carried over, rebased
// to the merged section and to output symbols.
import { R386, R386_NAMES, SHF, SHN, SHT, STB, STT } from '../elf/constants.ts';
import { relocWidth } from '../elf/reader.ts';
import { placeOf, type Diagnostics } from './diag.ts';
import { relaxation, type Got } from './got.ts';
import type { InputObject, InputSection, OutSection } from './model.ts';

/// Builds an output section's bytes: inputs copied at their offsets, gaps filled, data statements.
export function sectionBytes(os: OutSection): Uint8Array {
  const out = new Uint8Array(os.size);
  if (os.fill !== null && os.fill !== 0)
    fillGaps(os, out, (_len, i) => (os.fill! >>> (24 - 8 * (i & 3))) & 0xff);
  // Without =FILL, GNU ld pads code with i386 short NOPs: `66 90` pairs, a final `90` if odd.
  else if (os.fill === null && os.flags & SHF.EXECINSTR)
    fillGaps(os, out, (len, i) => (len & 1 && i === len - 1 ? 0x90 : i & 1 ? 0x90 : 0x66));
  for (const sec of os.inputs) {
    if (sec.type === SHT.NOBITS || sec.discarded) continue;
    out.set(sec.data, sec.offset);
  }
  if (os.name === '.stab') fixStabHeaders(os, out);
  const view = new DataView(out.buffer);
  for (const d of os.data) {
    if (d.width === 1) view.setUint8(d.offset, d.value & 0xff);
    else if (d.width === 2) view.setUint16(d.offset, d.value & 0xffff, true);
    else {
      view.setUint32(d.offset, d.value >>> 0, true);
      if (d.width === 8) view.setUint32(d.offset + 4, 0, true);
    }
  }
  return out;
}

// Each object's .stab starts with an N_UNDF header whose value must be the size of that object's
// .stabstr and whose n_desc counts the unit's entries (readers walk units with them). tcc writes
// 0 in both, so the linker, which knows the sizes, fills them in. Headers already set (gcc's, or
// a partial link's several units) are left alone.
function fixStabHeaders(os: OutSection, out: Uint8Array): void {
  const view = new DataView(out.buffer);
  for (const sec of os.inputs) {
    const at = sec.offset;
    if (
      sec.size < 12 ||
      out[at + 4] !== 0 ||
      view.getUint16(at + 6, true) !== 0 ||
      view.getUint32(at + 8, true) !== 0
    )
      continue;
    const strs = sec.obj.sections.find((s) => s?.name === '.stabstr');
    view.setUint16(at + 6, Math.min(0xffff, sec.size / 12 - 1), true);
    view.setUint32(at + 8, strs ? strs.size : 0, true);
  }
}

// Writes `byte(gapLength, i)` into every gap (alignment padding, `. = . + n`) of the section:
// bytes not covered by an input section or a data statement.
function fillGaps(os: OutSection, out: Uint8Array, byte: (len: number, i: number) => number): void {
  const used: [number, number][] = os.inputs
    .filter((s) => s.type !== SHT.NOBITS && !s.discarded)
    .map((s) => [s.offset, s.offset + s.size]);
  for (const d of os.data) used.push([d.offset, d.offset + d.width]);
  used.sort((a, b) => a[0] - b[0]);
  let at = 0;
  const gap = (end: number): void => {
    for (let i = 0; at + i < end; i++) out[at + i] = byte(end - at, i);
  };
  for (const [start, end] of used) {
    if (start > at) gap(start);
    at = Math.max(at, end);
  }
  gap(out.length);
}

/// The value of symbol `symIndex` of `obj` for relocation, or null when it is undefined (the
/// caller reports it). Weak undefined symbols are 0.
export function symbolValue(
  obj: InputObject,
  symIndex: number,
): { value: number; undefinedName: string | null } {
  const g = obj.globals[symIndex];
  const s = obj.elf.symbols[symIndex];
  if (g) {
    if (g.state === 'undefined')
      return { value: 0, undefinedName: s.bind === STB.WEAK || g.weak ? null : g.name };
    return { value: g.address, undefinedName: null };
  }
  if (s.shndx === SHN.ABS) return { value: s.value, undefinedName: null };
  const sec = obj.sections[s.shndx];
  if (!sec || sec.discarded || !sec.out) return { value: 0, undefinedName: null };
  return { value: sec.addressOf(s.value), undefinedName: null };
}

// A reference from kept code or data to a section the script discarded (/DISCARD/ of
// .exit.text) is an error in GNU ld's words; debug sections may point there (they get 0).
function discardedTarget(sec: InputSection, symIndex: number, diag: Diagnostics): boolean {
  if ((sec.flags & SHF.ALLOC) === 0) return false;
  const obj = sec.obj;
  const g = obj.globals[symIndex];
  const s = obj.elf.symbols[symIndex];
  const target = g
    ? g.state === 'defined'
      ? g.section
      : null
    : s && s.shndx < SHN.LORESERVE
      ? obj.sections[s.shndx]
      : null;
  if (!target || !target.discarded) return false;
  const name = g ? g.name : s.type === STT.SECTION ? target.name : s.name;
  const message = `\`${name}' referenced in section \`${sec.name}' of ${obj.name}: defined in discarded section \`${target.name}' of ${target.obj.name}`;
  diag.add({
    file: obj.name,
    severity: 'error',
    kind: 'discarded-section',
    message,
    symbol: name,
    object: obj.name,
    section: sec.name,
    text: message,
  });
  return true;
}

function mergedSectionTarget(obj: InputObject, symIndex: number): InputSection | null {
  const s = obj.elf.symbols[symIndex];
  if (!s || obj.globals[symIndex] || s.type !== STT.SECTION) return null;
  const sec = obj.sections[s.shndx];
  return sec && sec.merged ? sec : null;
}

// Reads the REL addend, clears it, and returns the mapped address of the byte it designated.
function takeAddend(view: DataView, at: number, type: number, target: InputSection): number {
  const width = relocWidth(type);
  const a =
    width === 4
      ? view.getInt32(at, true)
      : width === 2
        ? view.getInt16(at, true)
        : view.getInt8(at);
  if (width === 4) view.setUint32(at, 0, true);
  else if (width === 2) view.setUint16(at, 0, true);
  else view.setUint8(at, 0);
  return target.addressOf(a);
}

/// Applies every relocation of the inputs of `os` to `bytes` (the section's output contents).
export function applyRelocations(
  os: OutSection,
  bytes: Uint8Array,
  diag: Diagnostics,
  got: Got | null = null,
): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const sec of os.inputs) {
    if (!sec.relocs || sec.discarded || sec.type === SHT.NOBITS) continue;
    const r = sec.relocs;
    for (let i = 0; i < r.length; i += 2) {
      const type = r[i + 1] & 0xff;
      if (type === R386.NONE) continue;
      if (discardedTarget(sec, r[i + 1] >>> 8, diag)) continue;
      const target = symbolValue(sec.obj, r[i + 1] >>> 8);
      const { undefinedName } = target;
      const merged = mergedSectionTarget(sec.obj, r[i + 1] >>> 8);
      // Against a merged section's symbol the in-place addend selects the piece: map it.
      const value = merged ? takeAddend(view, sec.offset + r[i], type, merged) : target.value;
      if (undefinedName !== null) {
        undefinedReference(sec, r[i], undefinedName, diag);
        continue;
      }
      if (GOT_RELOCS.has(type)) gotPatch(view, sec, r[i], type, value, got, r[i + 1] >>> 8, diag);
      else patch(view, sec, r[i], type, value, diag, r[i + 1] >>> 8);
    }
  }
}

// Rewrites a GOT32X instruction to use the symbol's address `s` directly; returns the new field.
function relax(
  view: DataView,
  at: number,
  form: 'mov' | 'call' | 'jmp',
  s: number,
  p: number,
): number {
  if (form === 'mov') {
    // mov sym@GOT(%reg), %reg2  ->  mov $sym, %reg2
    view.setUint8(at - 1, 0xc0 | ((view.getUint8(at - 1) >> 3) & 7));
    view.setUint8(at - 2, 0xc7);
    return s;
  }
  if (form === 'call') {
    // call *sym@GOT(%reg)  ->  addr32 call sym
    view.setUint8(at - 2, 0x67);
    view.setUint8(at - 1, 0xe8);
    return s - (p + 4);
  }
  // jmp *sym@GOT(%reg)  ->  jmp sym; nop: the rel32 starts one byte earlier, the nop takes the
  // field's last byte, so the returned field holds rel32's upper three bytes and the nop.
  const rel = (s - (p + 3)) >>> 0;
  view.setUint8(at - 2, 0xe9);
  view.setUint8(at - 1, rel & 0xff);
  return ((rel >>> 8) | (0x90 << 24)) >>> 0;
}

const GOT_RELOCS = new Set<number>([R386.GOTPC, R386.GOTOFF, R386.GOT32, R386.GOT32X]);

// GOT-relative relocations of PIC code in a static link (see got.ts).
function gotPatch(
  view: DataView,
  sec: InputSection,
  offset: number,
  type: number,
  s: number,
  got: Got | null,
  symIndex: number,
  diag: Diagnostics,
): void {
  if (!got) return unsupported(sec, offset, type, diag);
  const at = sec.offset + offset;
  const a = view.getUint32(at, true);
  const p = (sec.addr + offset) >>> 0;
  let v: number;
  if (type === R386.GOTPC) v = got.base() + a - p;
  else if (type === R386.GOTOFF) v = s + a - got.base();
  else if (type === R386.GOT32X && relaxation(sec.data, offset)) {
    v = relax(view, at, relaxation(sec.data, offset)!, s + a, p);
  } else v = got.entry(sec.obj, symIndex) + a - got.base();
  view.setUint32(at, v >>> 0, true);
}

function patch(
  view: DataView,
  sec: InputSection,
  offset: number,
  type: number,
  s: number,
  diag: Diagnostics,
  symIndex: number,
): void {
  const at = sec.offset + offset;
  const p = (sec.addr + offset) >>> 0;
  switch (type) {
    case R386.R32:
      view.setUint32(at, (s + view.getUint32(at, true)) >>> 0, true);
      return;
    case R386.PC32:
    case R386.PLT32:
      view.setUint32(at, (s + view.getUint32(at, true) - p) >>> 0, true);
      return;
    case R386.R16:
    case R386.PC16: {
      const v = s + view.getInt16(at, true) - (type === R386.PC16 ? p : 0);
      if (!fits(v, 16, type === R386.PC16)) overflow(sec, offset, type, diag, symIndex);
      view.setUint16(at, v & 0xffff, true);
      return;
    }
    case R386.R8:
    case R386.PC8: {
      const v = s + view.getInt8(at) - (type === R386.PC8 ? p : 0);
      if (!fits(v, 8, type === R386.PC8)) overflow(sec, offset, type, diag, symIndex);
      view.setUint8(at, v & 0xff);
      return;
    }
  }
  unsupported(sec, offset, type, diag);
}

// GNU ld's words for a relocation's target: a global with where it is defined, or a section.
function against(obj: InputObject, symIndex: number): string {
  const g = obj.globals[symIndex];
  const s = obj.elf.symbols[symIndex];
  if (g && g.state === 'defined' && g.obj) {
    const where = g.section ? g.section.name : '*ABS*';
    return `against symbol \`${g.name}' defined in ${where} section in ${g.obj.name}`;
  }
  if (g) return `against undefined symbol \`${g.name}'`;
  if (s && s.type === STT.SECTION) return `against \`${obj.elf.sections[s.shndx]?.name ?? '?'}'`;
  return `against \`${s?.name ?? '?'}'`;
}

// Absolute 8/16-bit values may be signed or unsigned; PC-relative ones are signed.
function fits(v: number, bits: number, signed: boolean): boolean {
  const min = -(2 ** (bits - 1));
  const max = signed ? 2 ** (bits - 1) - 1 : 2 ** bits - 1;
  v = v | 0;
  return v >= min && v <= max;
}

function overflow(
  sec: InputSection,
  offset: number,
  type: number,
  diag: Diagnostics,
  symIndex: number,
): void {
  const place = placeOf(sec.obj, sec.index, sec.name, offset);
  const message = `relocation truncated to fit: ${R386_NAMES[type]} ${against(sec.obj, symIndex)}`;
  diag.add({
    file: sec.obj.name,
    severity: 'error',
    kind: 'overflow',
    message,
    object: sec.obj.name,
    section: sec.name,
    offset,
    text: diag.located(sec.obj, place, message),
  });
}

/// Reports a relocation type this static linker does not handle.
export function unsupported(
  sec: InputSection,
  offset: number,
  type: number,
  diag: Diagnostics,
): void {
  const name = R386_NAMES[type] ?? `type ${type}`;
  const message = `unsupported relocation ${name} (a static link takes R_386_32, PC32, PLT32, 16, PC16, 8, PC8, GOTPC, GOTOFF, GOT32 and GOT32X)`;
  diag.add({
    file: sec.obj.name,
    severity: 'error',
    kind: 'bad-relocation',
    message,
    object: sec.obj.name,
    section: sec.name,
    offset,
    text: `${sec.obj.name}:(${sec.name}+0x${offset.toString(16)}): ${message}`,
  });
}

function undefinedReference(
  sec: InputSection,
  offset: number,
  name: string,
  diag: Diagnostics,
): void {
  const place = placeOf(sec.obj, sec.index, sec.name, offset);
  const message = `undefined reference to \`${name}'`;
  diag.add({
    file: place.file,
    line: place.line,
    severity: 'error',
    kind: 'undefined-reference',
    message: `undefined reference to '${name}'`,
    symbol: name,
    object: sec.obj.name,
    section: sec.name,
    offset,
    function: place.fn ?? undefined,
    text: diag.located(sec.obj, place, message),
  });
}

/// True when relocation `type` can be carried into a relocatable output or linked statically.
export function knownRelocation(type: number): boolean {
  return (
    type === R386.NONE ||
    type === R386.R32 ||
    type === R386.PC32 ||
    type === R386.PLT32 ||
    type === R386.R16 ||
    type === R386.PC16 ||
    type === R386.R8 ||
    type === R386.PC8
  );
}

/// Bytes a relocation patches (re-exported for the partial-link writer).
export { relocWidth };
