// Diagnostics in GNU ld's words. Each message is collected (the link goes on to find the other
// problems, as ld does) and also carries structured fields for the editor and the Kbuild runner.
import { STT } from '../elf/constants.ts';
import { ElfFormatError, LocatedError } from '../elf/errors.ts';
import { objectLines, type ObjectLineLookup } from '../debuginfo/object-lines.ts';
import type { InputObject } from './model.ts';
import type { LinkDiagnostic, LinkDiagnosticKind } from './types.ts';

/// Where an input section offset is, in the form GNU ld prints it.
export interface Place {
  /// `a.c:(.text+0x14)`, `c.o:(.data+0x0)`, or `a.c:12` when the object has line information.
  readonly text: string;
  /// The file that `text` names and the source line (0 when not known).
  readonly file: string;
  readonly line: number;
  /// The enclosing function, if the object's symbols name one.
  readonly fn: string | null;
  readonly section: string;
  readonly offset: number;
}

/// Collects the diagnostics of one link.
export class Diagnostics {
  readonly list: LinkDiagnostic[] = [];
  private lastFunction: string | null = null;

  get hasErrors(): boolean {
    return this.list.some((d) => d.severity === 'error');
  }

  /// Records a diagnostic; `text` is GNU ld's wording (without `ld: `).
  add(d: Omit<LinkDiagnostic, 'line'> & { line?: number }): void {
    this.list.push({ line: 0, ...d });
  }

  /// Records a located error thrown by a reader or the script parser.
  fromError(e: LocatedError, kind: LinkDiagnosticKind): void {
    const at = e.offset !== undefined ? ` (at byte 0x${e.offset.toString(16)})` : '';
    const text =
      kind === 'script-syntax'
        ? `${e.file}:${e.line}: ${e.message}`
        : `${e.file}: ${e.message}${at}`;
    this.add({
      file: e.file,
      line: e.line,
      column: e.column,
      severity: 'error',
      message: e.message + at,
      kind,
      text,
    });
  }

  /// `place: message`, preceded by GNU ld's `obj: in function `f':` line when the place is in a
  /// function other than the one the previous message named (ld prints that header once).
  located(obj: InputObject, place: Place, message: string): string {
    const line = `${place.text}: ${message}`;
    const header = place.fn ? `${obj.name}\0${place.fn}` : null;
    const repeat = header !== null && header === this.lastFunction;
    this.lastFunction = header;
    return place.fn && !repeat ? `${obj.name}: in function \`${place.fn}':\n${line}` : line;
  }

  /// A plain error about a file.
  error(
    kind: LinkDiagnosticKind,
    file: string,
    message: string,
    text = `${file}: ${message}`,
  ): void {
    this.add({ file, severity: 'error', message, kind, text });
  }

  /// A warning about a file.
  warning(kind: LinkDiagnosticKind, file: string, message: string, text = message): void {
    this.add({ file, severity: 'warning', message, kind, text });
  }
}

/// Finds the function containing `offset` of section `shndx` and the source file GNU ld would name.
export function placeOf(obj: InputObject, shndx: number, section: string, offset: number): Place {
  let best: { name: string; value: number; index: number; local: boolean } | null = null;
  for (const s of obj.elf.symbols) {
    // GNU ld names the enclosing function from FUNC symbols and untyped labels (asm `_start:`).
    if (
      (s.type !== STT.FUNC && s.type !== STT.NOTYPE) ||
      !s.name ||
      s.shndx !== shndx ||
      s.value > offset
    )
      continue;
    if (s.size > 0 && offset >= s.value + s.size) continue;
    if (!best || s.value > best.value)
      best = { name: s.name, value: s.value, index: s.index, local: s.bind === 0 };
  }
  const fn = best ? best.name : null;
  const line = linesOf(obj)?.(shndx, offset);
  const where = `(${section}+0x${offset.toString(16)})`;
  // GNU ld: with a line, `file:line`; inside a known function, `[source:](section+off)`;
  // otherwise `object:(section+off)`.
  if (line)
    return {
      text: `${line.file}:${line.line}`,
      file: line.file,
      line: line.line,
      fn,
      section,
      offset,
    };
  if (!best) return { text: `${obj.name}:${where}`, file: obj.name, line: 0, fn, section, offset };
  const src = sourceFor(obj, best.index, best.local);
  return {
    text: src ? `${src}:${where}` : where,
    file: src ?? obj.name,
    line: 0,
    fn,
    section,
    offset,
  };
}

const lineCache = new WeakMap<InputObject, ObjectLineLookup | null>();

// The object's line table, read once (null without one, or when its debug sections are broken:
// a message then falls back to the section offset rather than failing).
function linesOf(obj: InputObject): ObjectLineLookup | null {
  if (!lineCache.has(obj)) {
    let lookup: ObjectLineLookup | null = null;
    if (obj.elf.sections.some((s) => s.name === '.stab' || s.name === '.debug_line')) {
      try {
        lookup = objectLines(obj.elf);
      } catch (e) {
        if (!(e instanceof ElfFormatError)) throw e;
      }
    }
    lineCache.set(obj, lookup);
  }
  return lineCache.get(obj)!;
}

// The STT_FILE symbol that names a function's source: the last one before a local function; for
// a global one, only when the object has a single source (a partial link may merge many).
function sourceFor(obj: InputObject, symIndex: number, local: boolean): string | null {
  const syms = obj.elf.symbols;
  if (local) {
    for (let i = symIndex; i >= 0; i--) if (syms[i].type === STT.FILE) return syms[i].name || null;
    return null;
  }
  const files = syms.filter((s) => s.type === STT.FILE);
  return files.length === 1 ? files[0].name || null : null;
}
