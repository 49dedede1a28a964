// Mapping input sections to output sections: each input section goes to the first input
// description (in script order) that matches it; the rest are orphans, placed after the output
// section with the same kind of contents, as GNU ld does. The result is the ordered plan of steps
// that addresses.ts walks.
import { SHF, SHT } from '../elf/constants.ts';
import { fileMatcher, globMatcher, type Matcher } from './glob.ts';
import { InputSection, OutSection, type DataItem, type InputObject } from './model.ts';
import type {
  AssertStmt,
  Assignment,
  DataStmt,
  InputSpec,
  OutputSection,
  Script,
} from './script/ast.ts';

/// A step inside an output section.
export type InnerStep =
  | { readonly kind: 'inputs'; readonly list: InputSection[] }
  | { readonly kind: 'assign'; readonly a: Assignment }
  | { readonly kind: 'data'; readonly d: DataStmt; readonly item: DataItem }
  | { readonly kind: 'assert'; readonly a: AssertStmt };

/// A top-level step of the plan.
export type Step =
  | { readonly kind: 'assign'; readonly a: Assignment }
  | { readonly kind: 'assert'; readonly a: AssertStmt }
  | {
      readonly kind: 'output';
      readonly os: OutSection;
      readonly stmt: OutputSection | null;
      readonly inner: InnerStep[];
    };

interface SpecSlot {
  readonly spec: InputSpec;
  readonly files: Matcher;
  readonly excluded: readonly Matcher[];
  readonly patterns: readonly Matcher[];
  readonly bucket: InputSection[] | null; // null: /DISCARD/
}

/// Builds the plan from the script (or none) and the loaded objects. Output sections appear in
/// `sections` in output order.
export function buildPlan(
  script: Script | null,
  objects: readonly InputObject[],
  commons: readonly InputSection[],
  keepGroups = false,
): { steps: Step[]; sections: OutSection[] } {
  const steps: Step[] = [];
  const slots: SpecSlot[] = [];
  let order = 0;
  for (const top of script?.top ?? []) {
    if (top.kind !== 'sections') {
      steps.push(top.kind === 'assign' ? { kind: 'assign', a: top } : { kind: 'assert', a: top });
      continue;
    }
    for (const c of top.commands) {
      if (c.kind === 'assign') steps.push({ kind: 'assign', a: c });
      else if (c.kind === 'assert') steps.push({ kind: 'assert', a: c });
      else steps.push(...outputStep(c, slots, order++));
    }
  }
  const orphans = assignInputs(objects, commons, slots, keepGroups);
  for (const slot of slots)
    if (slot.bucket && slot.spec.sections.every((p) => p.sort)) sortByName(slot.bucket);
  placeOrphans(steps, orphans);
  const sections: OutSection[] = [];
  for (const s of steps)
    if (s.kind === 'output') {
      finishFlags(s);
      sections.push(s.os);
    }
  return { steps, sections };
}

function outputStep(c: OutputSection, slots: SpecSlot[], order: number): Step[] {
  const discard = c.name === '/DISCARD/';
  const inner: InnerStep[] = [];
  for (const cmd of c.commands) {
    if (cmd.kind === 'input') {
      const bucket: InputSection[] | null = discard ? null : [];
      slots.push({
        spec: cmd,
        files: fileMatcher(cmd.file),
        excluded: cmd.excludeFiles.map(fileMatcher),
        patterns: cmd.sections.map((p) => globMatcher(p.pattern)),
        bucket,
      });
      if (bucket) inner.push({ kind: 'inputs', list: bucket });
    } else if (cmd.kind === 'assign') inner.push({ kind: 'assign', a: cmd });
    else if (cmd.kind === 'assert') inner.push({ kind: 'assert', a: cmd });
    else inner.push({ kind: 'data', d: cmd, item: { offset: 0, width: cmd.width, value: 0 } });
  }
  if (discard) return [];
  return [{ kind: 'output', os: new OutSection(c.name, order), stmt: c, inner }];
}

// Walks objects in link order and their sections in file order, so each bucket keeps GNU ld's
// order (file by file). Returns the orphans in the same order.
function assignInputs(
  objects: readonly InputObject[],
  commons: readonly InputSection[],
  slots: SpecSlot[],
  keepGroups: boolean,
): InputSection[] {
  const orphans: InputSection[] = [];
  const place = (sec: InputSection): void => {
    // A partial link keeps each COMDAT group's sections apart, as GNU ld -r does.
    if (keepGroups && sec.group) return void orphans.push(sec);
    const slot = slots.find((s) => matches(s, sec));
    if (!slot) orphans.push(sec);
    else if (slot.bucket) slot.bucket.push(sec);
    else sec.discarded = true;
  };
  for (const obj of objects) {
    for (const sec of obj.sections) if (sec) place(sec);
    const common = commons.find((c) => c.obj === obj);
    if (common) place(common);
  }
  return orphans;
}

function matches(slot: SpecSlot, sec: InputSection): boolean {
  if (!slot.patterns.some((p) => p(sec.name))) return false;
  const file = sec.obj.name;
  return slot.files(file) && !slot.excluded.some((x) => x(file));
}

function sortByName(list: InputSection[]): void {
  const indexed = list.map((s, i) => [s, i] as const);
  indexed.sort((a, b) => (a[0].name < b[0].name ? -1 : a[0].name > b[0].name ? 1 : a[1] - b[1]));
  list.splice(0, list.length, ...indexed.map((x) => x[0]));
}

type Kind = 'code' | 'ro' | 'rw' | 'bss' | 'other';

function kindOf(type: number, flags: number): Kind {
  if ((flags & SHF.ALLOC) === 0) return 'other';
  if (flags & SHF.EXECINSTR) return 'code';
  if (type === SHT.NOBITS) return 'bss';
  return flags & SHF.WRITE ? 'rw' : 'ro';
}

// Orphans with one name share one output section: an existing one of that name, or a new one
// placed after its anchor (.text, .rodata, .data or .bss by kind, else the last output section of
// the same kind; non-allocated ones go last).
function placeOrphans(steps: Step[], orphans: readonly InputSection[]): void {
  const byName = new Map<string, InputSection[]>();
  const placed = new Map<Step, Step>();
  for (const sec of orphans) {
    const name = sec.name === 'COMMON' ? '.bss' : sec.name;
    const key = sec.group ? `${name}\0${sec.group.key}` : name;
    let list = byName.get(key);
    if (!list && sec.group) {
      list = newOrphanStep(steps, name, sec, placed);
      const step = steps.find(
        (s) => s.kind === 'output' && s.inner.some((i) => i.kind === 'inputs' && i.list === list),
      );
      if (step?.kind === 'output') step.os.group = sec.group;
      byName.set(key, list);
    }
    if (!list) {
      const existing = steps.find(
        (s): s is Extract<Step, { kind: 'output' }> => s.kind === 'output' && s.os.name === name,
      );
      if (existing) {
        list = [];
        existing.inner.push({ kind: 'inputs', list });
      } else list = newOrphanStep(steps, name, sec, placed);
      byName.set(key, list);
    }
    list.push(sec);
  }
}

// GNU ld's anchors: an orphan goes after the output section with this name, when the script has
// one, and after the orphans already placed there.
const ANCHOR: Readonly<Record<Kind, string | null>> = {
  code: '.text',
  ro: '.rodata',
  rw: '.data',
  bss: '.bss',
  other: null,
};

function newOrphanStep(
  steps: Step[],
  name: string,
  first: InputSection,
  placed: Map<Step, Step>,
): InputSection[] {
  const list: InputSection[] = [];
  const os = new OutSection(name, 1000 + steps.length);
  const kind = kindOf(first.type, first.flags);
  const step: Step = { kind: 'output', os, stmt: null, inner: [{ kind: 'inputs', list }] };
  let at = -1;
  if (kind !== 'other') {
    const ks = (k: (s: Extract<Step, { kind: 'output' }>) => boolean) =>
      findLastIndex(steps, (s) => s.kind === 'output' && k(s));
    at = ks((s) => s.os.name === ANCHOR[kind] && s.stmt !== null);
    if (at < 0) at = ks((s) => outputKind(s) === kind);
    if (at < 0) at = ks((s) => outputKind(s) !== 'other');
  }
  // Orphans sharing an anchor follow each other in the order they were found.
  const anchor = at >= 0 ? steps[at] : null;
  const previous = anchor ? placed.get(anchor) : undefined;
  const where =
    at < 0 ? steps.length : previous ? steps.indexOf(previous) + 1 : insertionPoint(steps, at);
  steps.splice(where, 0, step);
  if (anchor) placed.set(anchor, step);
  return list;
}

// Where GNU ld inserts the first orphan placed after step `at`: after the
// symbol assignments that follow (`_edata = .;` still names the end of .data), but before the
// first assignment to `.` that precedes the next output section.
function insertionPoint(steps: readonly Step[], at: number): number {
  let j = at + 1;
  let dotAssign = -1;
  for (; j < steps.length; j++) {
    const s = steps[j];
    if (s.kind === 'assert') continue;
    if (s.kind === 'assign') {
      if (dotAssign < 0 && s.a.name === '.') dotAssign = j;
      continue;
    }
    return dotAssign >= 0 && outputKind(s) !== 'other' ? dotAssign : j;
  }
  return steps.length;
}

function findLastIndex<T>(a: readonly T[], p: (x: T) => boolean): number {
  for (let i = a.length - 1; i >= 0; i--) if (p(a[i])) return i;
  return -1;
}

// The kind of an output section, from its first input (or its name, for empty script sections).
function outputKind(s: Extract<Step, { kind: 'output' }>): Kind {
  for (const i of s.inner)
    if (i.kind === 'inputs' && i.list.length > 0) return kindOf(i.list[0].type, i.list[0].flags);
  const n = s.os.name;
  if (/^\.(text|init|fini)\b/.test(n)) return 'code';
  if (/^\.(bss|sbss)\b/.test(n)) return 'bss';
  if (/^\.(data|got)\b/.test(n)) return 'rw';
  if (/^\.(rodata|eh_frame)\b/.test(n)) return 'ro';
  return 'other';
}

// Output type, flags and alignment from the inputs: ALLOC/WRITE/EXEC are ORed; the section takes
// file space (PROGBITS) unless every input is NOBITS.
function finishFlags(step: Extract<Step, { kind: 'output' }>): void {
  const os = step.os;
  let flags = 0,
    align = 1,
    allNobits = true,
    type = -1,
    any = false;
  for (const i of step.inner) {
    if (i.kind === 'data') {
      allNobits = false;
      any = true;
      flags |= SHF.ALLOC;
    }
    if (i.kind !== 'inputs') continue;
    for (const s of i.list) {
      any = true;
      s.out = os;
      os.inputs.push(s);
      flags |= s.flags & (SHF.ALLOC | SHF.WRITE | SHF.EXECINSTR);
      align = Math.max(align, s.align);
      if (s.type !== SHT.NOBITS) allNobits = false;
      type = type === -1 || type === s.type ? s.type : SHT.PROGBITS;
    }
  }
  if (!any) {
    flags = SHF.ALLOC | SHF.WRITE;
    allNobits = true;
  }
  os.flags = flags;
  os.align = align;
  const ents = new Set(os.inputs.map((s) => s.obj.elf.sections[s.index]?.entsize ?? s.entsize));
  os.entsize = ents.size === 1 ? [...ents][0] : 0;
  // Merge flags survive only when every input has them with one entry size (`.comment` stays "MS").
  for (const f of [SHF.MERGE, SHF.STRINGS]) {
    if (ents.size === 1 && os.inputs.length > 0 && os.inputs.every((i) => (i.flags & f) !== 0))
      os.flags |= f;
  }
  os.type =
    allNobits || step.stmt?.noload
      ? SHT.NOBITS
      : type === -1 || type === SHT.NOBITS
        ? SHT.PROGBITS
        : type;
}
