// Diagnostics in GNU ld's words. Each message is collected (the link goes on to find the other
// problems, as ld does) and also carries structured fields for the editor and the Kbuild runner.
import { STT } from '../elf/constants.ts';
import { LocatedError } from '../elf/errors.ts';
import type { InputObject } from './model.ts';
import type { LinkDiagnostic, LinkDiagnosticKind } from './types.ts';

/// Where an input section offset is, in the form GNU ld prints it.
export interface Place {
  /// `a.c:(.text+0x14)` or `c.o:(.data+0x0)`.
  readonly text: string;
  /// The enclosing function, if the object's symbols name one.
  readonly fn: string | null;
  readonly section: string;
  readonly offset: number;
}

/// Collects the diagnostics of one link.
export class Diagnostics {
  readonly list: LinkDiagnostic[] = [];

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
    if (s.type !== STT.FUNC || s.shndx !== shndx || s.value > offset) continue;
    if (s.size > 0 && offset >= s.value + s.size) continue;
    if (!best || s.value > best.value)
      best = { name: s.name, value: s.value, index: s.index, local: s.bind === 0 };
  }
  const where = `(${section}+0x${offset.toString(16)})`;
  if (!best) return { text: `${obj.name}:${where}`, fn: null, section, offset };
  const src = sourceFor(obj, best.index, best.local);
  return { text: `${src ?? obj.name}:${where}`, fn: best.name, section, offset };
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

/// The two-line form GNU ld uses when a place is inside a function.
export function withFunction(obj: InputObject, place: Place, message: string): string {
  const line = `${place.text}: ${message}`;
  return place.fn ? `${obj.name}: in function \`${place.fn}':\n${line}` : line;
}
