// Parses tcc's stderr into `Diagnostic`s. tcc prints, per message:
//   In file included from OUTER.c:LINE:      (zero or more, outermost first)
//   FILE:LINE: error|warning: MESSAGE        (a message inside a source file)
//   FILE: error|warning: MESSAGE             (about a whole file, e.g. tcc's own arguments)
//   tcc: error|warning: MESSAGE              (no file at all)
// A message may continue on following lines (the assembler quotes the rest of a line); those
// are appended to the message. tcc never prints a column.

import type { Diagnostic, IncludeStep, Severity } from './types.ts';

const INCLUDED = /^In file included from (.+):(\d+):$/;
const AT_LINE = /^(.+?):(\d+): (error|warning|note): (.*)$/;
const AT_FILE = /^(.+?): (error|warning|note): (.*)$/;

interface Draft {
  file: string;
  line: number;
  severity: Severity;
  message: string;
  includedFrom?: IncludeStep[];
}

/// Options for `parseTccOutput`.
export interface ParseOptions {
  /// Maps a path as tcc printed it (a sandbox path) to the one the user should see.
  readonly mapPath?: (path: string) => string;
}

/// Parses tcc's whole stderr text. Lines that are neither messages nor continuations of one
/// (there should be none) become notes of their own, so nothing tcc said is lost.
export function parseTccOutput(text: string, options: ParseOptions = {}): Diagnostic[] {
  const map = options.mapPath ?? ((p: string) => p);
  const out: Draft[] = [];
  let chain: IncludeStep[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '');
    const inc = INCLUDED.exec(line);
    const at = inc ? null : AT_LINE.exec(line);
    const whole = inc || at ? null : AT_FILE.exec(line);
    if (inc) {
      chain.push({ file: map(inc[1]), line: Number(inc[2]) });
    } else if (at) {
      // tcc reports the line before when the offending token starts a line, which is line 0
      // for the first line of a file; the editor needs a real line.
      out.push(draft(map(at[1]), Math.max(1, Number(at[2])), at[3] as Severity, at[4], chain));
      chain = [];
    } else if (whole) {
      const file = whole[1] === 'tcc' ? 'tcc' : map(whole[1]);
      out.push(draft(file, 0, whole[2] as Severity, whole[3], chain));
      chain = [];
    } else if (line.trim() !== '') {
      if (out.length > 0) out[out.length - 1].message += `\n${line}`;
      else out.push(draft('tcc', 0, 'note', line, []));
    }
  }
  return out;
}

function draft(
  file: string,
  line: number,
  severity: Severity,
  message: string,
  chain: IncludeStep[],
): Draft {
  const d: Draft = { file, line, severity, message };
  if (chain.length > 0) d.includedFrom = chain;
  return d;
}

/// True when any diagnostic is an error.
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
