// The static executable image: sections grouped into PT_LOAD segments the way GNU ld groups them
// (a new segment when the VMA-LMA offset changes, on a gap of more than a page, when writable
// data starts on a new page, or when file-backed data follows .bss), file offsets congruent to
// addresses modulo the page size, then the symbol and string tables.
import { PAGE_SIZE, PF, PT, SHF, SHT } from '../elf/constants.ts';
import { EHDR, PHDR } from '../elf/layout.ts';
import { writeElf, type SectionOut, type SegmentOut } from '../elf/writer.ts';
import type { OutSection } from './model.ts';

/// The segments of an executable: which output sections each PT_LOAD holds.
export interface SegmentPlan {
  readonly sections: OutSection[];
  /// True when the ELF and program headers are loaded at the start of this segment.
  headers: boolean;
}

/// Groups allocated sections into segments (in LMA order).
export function planSegments(sections: readonly OutSection[]): SegmentPlan[] {
  const alloc = sections.filter((s) => s.isAlloc).map((s, i) => [s, i] as const);
  alloc.sort((a, b) => a[0].lma - b[0].lma || a[1] - b[1]);
  const out: SegmentPlan[] = [];
  let cur: SegmentPlan | null = null;
  let last: OutSection | null = null;
  let writable = false;
  for (const [s] of alloc) {
    if (!cur || !last || newSegment(last, s, writable)) {
      cur = { sections: [], headers: false };
      out.push(cur);
      writable = false;
    }
    cur.sections.push(s);
    writable ||= (s.flags & SHF.WRITE) !== 0;
    last = s;
  }
  return out;
}

const pageDown = (v: number): number => v - (v % PAGE_SIZE);
const pageUp = (v: number): number => Math.ceil(v / PAGE_SIZE) * PAGE_SIZE;

function newSegment(last: OutSection, s: OutSection, writable: boolean): boolean {
  if (last.lma - last.addr !== s.lma - s.addr) return true;
  if (pageUp(last.lma + last.size) < pageUp(s.lma)) return true;
  if (last.type === SHT.NOBITS && s.type !== SHT.NOBITS) return true;
  // On a new page, writable data after read-only data, or a change between code and non-code
  // (GNU ld's default -z separate-code), starts a new segment.
  if (pageDown(last.lma + last.size - 1) === pageDown(s.lma)) return false;
  if (!writable && (s.flags & SHF.WRITE) !== 0) return true;
  if ((last.flags & SHF.EXECINSTR) !== (s.flags & SHF.EXECINSTR)) return true;
  return false;
}

/// Size of the ELF header plus `n` program headers (SIZEOF_HEADERS).
export function headersSize(n: number): number {
  return EHDR.size + n * PHDR.size;
}

/// Writes the executable. `extra` are the trailing non-allocated sections (.symtab, .strtab).
export function writeExecutable(
  sections: readonly OutSection[],
  bytes: ReadonlyMap<OutSection, Uint8Array>,
  extra: readonly SectionOut[],
  entry: number,
  gnuStack: boolean,
): Uint8Array {
  const plans = planSegments(sections);
  const hdr = headersSize(plans.length + (gnuStack ? 1 : 0));
  const first = plans[0]?.sections[0];
  if (first && first.lma % PAGE_SIZE >= hdr) plans[0].headers = true;
  const offsets = new Map<OutSection, number>();
  const segments: SegmentOut[] = [];
  let off = hdr;
  for (const plan of plans) {
    const { segment, fileEnd } = placeSegment(plan, off, hdr, offsets);
    segments.push(segment);
    off = Math.max(off, fileEnd);
  }
  if (gnuStack) segments.push({ ...NO_SEGMENT, type: PT.GNU_STACK, flags: PF.R | PF.W, align: 16 });
  const out: SectionOut[] = [];
  for (const s of sections) {
    let o = offsets.get(s);
    if (o === undefined) o = off = align(off, s.align);
    if (!s.isAlloc && s.type !== SHT.NOBITS) off = o + s.size;
    out.push(sectionOut(s, o, bytes.get(s) ?? null));
  }
  for (const e of extra) {
    off = align(off, e.addralign);
    out.push({ ...e, offset: off });
    off += e.size;
  }
  return writeElf({ type: 2, entry, segments, sections: out, tail: off });
}

const NO_SEGMENT: SegmentOut = {
  type: 0,
  offset: 0,
  vaddr: 0,
  paddr: 0,
  filesz: 0,
  memsz: 0,
  flags: 0,
  align: 0,
};

// Gives one PT_LOAD its file offset (congruent to its address modulo its alignment, after `off`)
// and its sections their offsets; returns the header and where its file data ends.
function placeSegment(
  plan: SegmentPlan,
  off: number,
  hdr: number,
  offsets: Map<OutSection, number>,
): { segment: SegmentOut; fileEnd: number } {
  const s0 = plan.sections[0];
  const base = plan.headers ? s0.addr - (s0.lma % PAGE_SIZE) : s0.addr;
  // A section aligned beyond a page (a 8 KiB-aligned stack in .bss) raises the segment's
  // alignment, and the file offset must agree with the address modulo that, as in GNU ld.
  const segAlign = Math.max(PAGE_SIZE, ...plan.sections.map((s) => s.align));
  const segOff = plan.headers ? 0 : off + ((((base - off) % segAlign) + segAlign) % segAlign);
  let fileEnd = segOff,
    memEnd = base,
    flags = PF.R;
  for (const s of plan.sections) {
    // .bss takes no file space: GNU ld gives it the offset where the file data stopped.
    const o =
      s.type === SHT.NOBITS
        ? Math.max(fileEnd, plan.headers ? hdr : segOff)
        : segOff + (s.addr - base);
    offsets.set(s, o);
    if (s.type !== SHT.NOBITS) fileEnd = Math.max(fileEnd, o + s.size);
    memEnd = Math.max(memEnd, s.addr + s.size);
    if (s.flags & SHF.WRITE) flags |= PF.W;
    if (s.flags & SHF.EXECINSTR) flags |= PF.X;
  }
  const paddr = (s0.lma - (s0.addr - base)) >>> 0;
  // A segment of .bss alone has no file bytes: GNU ld writes p_offset 0 and the file goes on
  // where it was (the section header still shows the congruent offset).
  if (plan.sections.every((s) => s.type === SHT.NOBITS)) {
    const segment = {
      type: PT.LOAD,
      offset: 0,
      vaddr: base >>> 0,
      paddr,
      filesz: 0,
      memsz: memEnd - base,
      flags,
      align: segAlign,
    };
    return { segment, fileEnd: off };
  }
  const segment = {
    type: PT.LOAD,
    offset: segOff,
    vaddr: base >>> 0,
    paddr,
    filesz: fileEnd - segOff,
    memsz: memEnd - base,
    flags,
    align: segAlign,
  };
  return { segment, fileEnd };
}

function align(v: number, a: number): number {
  return a > 1 ? Math.ceil(v / a) * a : v;
}

/// The header of an output section placed at file offset `offset`.
export function sectionOut(s: OutSection, offset: number, data: Uint8Array | null): SectionOut {
  return {
    name: s.name,
    type: s.type,
    flags: s.flags,
    addr: s.addr,
    offset,
    size: s.size,
    link: 0,
    info: 0,
    addralign: s.align,
    entsize: s.entsize,
    data,
  };
}
