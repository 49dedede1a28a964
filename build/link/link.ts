// The link driver: load and resolve, lay out, relocate, write. Each stage reports problems into
// one Diagnostics list; the output is produced only when there are no errors.
import { readElf } from '../elf/reader.ts';
import { SHT } from '../elf/constants.ts';
import { assignAddresses } from './addresses.ts';
import {
  DEFAULT_RELOCATABLE_SCRIPT,
  DEFAULT_SCRIPT,
  DEFAULT_SCRIPT_NAME,
} from './default-script.ts';
import { Diagnostics } from './diag.ts';
import { headersSize, planSegments, writeExecutable } from './exec-image.ts';
import { mapFile } from './map-file.ts';
import { mergeSections } from './merge.ts';
import { InputSection, type InputObject, type OutSection } from './model.ts';
import { buildPlan, type Step } from './placement.ts';
import { groupsOf, relocationsFor, writeRelocatable } from './rel-image.ts';
import { applyRelocations, sectionBytes, symbolValue } from './relocate.ts';
import { prepareGot, type Got } from './got.ts';
import { loadInputs, SymbolTable } from './resolve.ts';
import type { Script } from './script/ast.ts';
import { scriptReferences } from './script/references.ts';
import { parseScript } from './script/parser.ts';
import { ScriptError } from './script/lexer.ts';
import { buildSymtab, symtabSections } from './symtab.ts';
import { systemMap } from './system-map.ts';
import type { FileAccess, LinkOptions, LinkResult } from './types.ts';

/// Largest output section with file contents we agree to build (256 MiB): a script typo such as
/// `. = 0xffffffff` must give a message, not an out-of-memory crash.
const MAX_SECTION = 0x10000000;

/// Links `options.inputs` (see LinkOptions). Never throws for bad input: every problem is a
/// diagnostic, and `output` is null when any is an error.
export function link(options: LinkOptions, fs: FileAccess | null = null): LinkResult {
  const diag = new Diagnostics();
  const relocatable = options.mode === 'relocatable';
  const script = loadScript(options, relocatable, diag);
  const table = new SymbolTable(diag);
  loadInputs(table, options.inputs, options.libraryPaths ?? [], fs, diag);
  if (diag.hasErrors) return failed(diag);
  // Symbols the script itself reads count as referenced, so PROVIDE defines them.
  if (script) for (const name of scriptReferences(script)) table.get(name);
  const commons = relocatable ? [] : allocateCommons(table);
  const got = relocatable ? null : prepareGot(table);
  const { steps, sections } = buildPlan(script, table.objects, commons, relocatable);
  if (!relocatable) mergeSections(sections);
  const gnuStack = !relocatable && table.objects.length > 0 && table.objects.every(hasStackNote);
  const scriptName = options.script?.name ?? DEFAULT_SCRIPT_NAME;
  layOut(steps, sections, table, { relocatable, scriptName, gnuStack }, diag);
  const kept = sections.filter((s) => !s.removed);
  checkSizes(kept, options.outputName ?? 'a.out', diag);
  if (diag.hasErrors) return failed(diag);
  const entry = relocatable ? 0 : entryAddress(options, script, table, kept, diag);
  const output = relocatable
    ? writeRel(kept, table, diag)
    : writeExec(kept, table, entry, gnuStack, got, diag);
  if (!output || diag.hasErrors) return failed(diag);
  const name = options.outputName ?? 'a.out';
  return {
    ok: true,
    output,
    entry,
    diagnostics: diag.list,
    map: options.wantMap ? mapFile(kept, table, name) : null,
    systemMap: options.wantSystemMap && !relocatable ? systemMap(readElf(name, output)) : null,
  };
}

// Addresses depend on SIZEOF_HEADERS, which depends on the number of segments, which depends on
// the addresses: settle the count first (quietly), then run the reporting layout.
function layOut(
  steps: Step[],
  sections: OutSection[],
  table: SymbolTable,
  cfg: { relocatable: boolean; scriptName: string; gnuStack: boolean },
  diag: Diagnostics,
): void {
  const { relocatable, scriptName } = cfg;
  let phnum = relocatable ? 0 : 2;
  for (let round = 0; round < 3 && !relocatable; round++) {
    assignAddresses(
      steps,
      sections,
      table,
      { relocatable, scriptName, headersSize: headersSize(phnum) },
      new Diagnostics(),
    );
    const n = planSegments(sections.filter((s) => !s.removed)).length + (cfg.gnuStack ? 1 : 0);
    if (n === phnum) break;
    phnum = n;
  }
  const headers = relocatable ? 0 : headersSize(phnum);
  assignAddresses(steps, sections, table, { relocatable, scriptName, headersSize: headers }, diag);
}

function checkSizes(kept: readonly OutSection[], output: string, diag: Diagnostics): void {
  for (const s of kept) {
    if (s.type === SHT.NOBITS || s.size <= MAX_SECTION) continue;
    const why = `section ${s.name} would be ${s.size} bytes (over ${MAX_SECTION}); check the script's address assignments`;
    diag.error('overflow', output, why);
  }
}

function failed(diag: Diagnostics): LinkResult {
  return { ok: false, output: null, map: null, systemMap: null, diagnostics: diag.list, entry: 0 };
}

function loadScript(options: LinkOptions, relocatable: boolean, diag: Diagnostics): Script | null {
  const s = options.script ?? {
    name: DEFAULT_SCRIPT_NAME,
    text: relocatable ? DEFAULT_RELOCATABLE_SCRIPT : DEFAULT_SCRIPT,
  };
  try {
    return parseScript(s.name, s.text);
  } catch (e) {
    if (!(e instanceof ScriptError)) throw e;
    diag.add({
      file: e.file,
      line: e.line,
      severity: 'error',
      kind: 'script-syntax',
      message: e.message,
      text: `${e.file}:${e.line}: syntax error`,
    });
    return null;
  }
}

// COMMON symbols become a NOBITS `COMMON` input section of the object that defines the largest
// one, laid out in symbol-table order with each symbol's alignment.
function allocateCommons(table: SymbolTable): InputSection[] {
  const byObj = new Map<
    number,
    {
      size: number;
      align: number;
      syms: typeof table.globals extends Map<string, infer G> ? G[] : never;
    }
  >();
  for (const g of table.globals.values()) {
    if (g.state !== 'common' || !g.obj) continue;
    let e = byObj.get(g.obj.order);
    if (!e) byObj.set(g.obj.order, (e = { size: 0, align: 1, syms: [] }));
    e.size = Math.ceil(e.size / g.commonAlign) * g.commonAlign;
    g.value = e.size;
    e.size += g.size;
    e.align = Math.max(e.align, g.commonAlign);
    e.syms.push(g);
  }
  const out: InputSection[] = [];
  for (const [order, e] of byObj) {
    const obj = table.objects[order];
    const sec = new InputSection(
      obj,
      -1,
      'COMMON',
      SHT.NOBITS,
      3,
      e.size,
      e.align,
      new Uint8Array(0),
      null,
    );
    for (const g of e.syms) g.section = sec;
    obj.common = sec;
    out.push(sec);
  }
  return out;
}

function entryAddress(
  options: LinkOptions,
  script: Script | null,
  table: SymbolTable,
  sections: readonly OutSection[],
  diag: Diagnostics,
): number {
  const name = options.entry ?? script?.entry ?? '_start';
  if (/^(0x[0-9a-f]+|\d+)$/i.test(name)) return Number(name) >>> 0;
  const g = table.globals.get(name);
  if (g && g.state !== 'undefined') return g.address;
  const text = sections.find((s) => s.name === '.text') ?? sections.find((s) => s.flags & 4);
  const why = text
    ? `defaulting to ${text.addr.toString(16).padStart(8, '0')}`
    : 'not setting start address';
  diag.warning(
    'no-entry',
    options.outputName ?? 'a.out',
    `cannot find entry symbol ${name}; ${why}`,
  );
  return text ? text.addr : 0;
}

// Section header indices: a partial link's COMDAT groups first (as GNU ld writes them), then
// each output section followed by its .rel section when it has one.
function numberSections(sections: readonly OutSection[], relocatable: boolean): void {
  let idx = 1 + (relocatable ? groupsOf(sections).length : 0);
  for (const os of sections) {
    os.index = idx++;
    if (
      relocatable &&
      os.inputs.some((s) => s.relocs && s.relocs.length > 0 && s.type !== SHT.NOBITS)
    )
      idx++;
  }
}

function writeExec(
  sections: readonly OutSection[],
  table: SymbolTable,
  entry: number,
  gnuStack: boolean,
  got: Got | null,
  diag: Diagnostics,
): Uint8Array | null {
  numberSections(sections, false);
  got?.fill((obj, i) => symbolValue(obj, i).value);
  const bytes = new Map<OutSection, Uint8Array>();
  for (const os of sections) {
    if (os.type === SHT.NOBITS) continue;
    const b = sectionBytes(os);
    applyRelocations(os, b, diag, got);
    bytes.set(os, b);
  }
  if (diag.hasErrors) return null;
  const st = buildSymtab(table.objects, table.globals.values(), sections, false);
  const tables = symtabSections(st, sections.length + 1).map((t) => ({ ...t, offset: 0 }));
  return writeExecutable(sections, bytes, tables, entry, gnuStack);
}

// GNU ld marks the stack non-executable (PT_GNU_STACK RW) when every object says so.
function hasStackNote(obj: InputObject): boolean {
  return obj.elf.sections.some((s) => s.name === '.note.GNU-stack' && (s.flags & 4) === 0);
}

function writeRel(
  sections: readonly OutSection[],
  table: SymbolTable,
  diag: Diagnostics,
): Uint8Array | null {
  numberSections(sections, true);
  const st = buildSymtab(table.objects, table.globals.values(), sections, true);
  const bytes = new Map<OutSection, Uint8Array>();
  const rels = new Map<OutSection, Uint8Array>();
  for (const os of sections) {
    const b = os.type === SHT.NOBITS ? new Uint8Array(0) : sectionBytes(os);
    const rel = relocationsFor(os, b, st);
    bytes.set(os, b);
    if (rel) rels.set(os, rel);
  }
  if (diag.hasErrors) return null;
  return writeRelocatable(sections, bytes, rels, st);
}
