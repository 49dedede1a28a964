// Renders diagnostics as text the way GCC does (`file:line:col: error: message`, the source
// line, a caret under the column), plus our explanation for recognised mistakes. Used by the
// command-line drivers and build logs; the editor uses the structured fields directly.

import type { Diagnostic } from './types.ts';

/// `file:line[:col]` (just `file` when there is no line).
export function location(d: Pick<Diagnostic, 'file' | 'line' | 'column'>): string {
  if (d.line <= 0) return d.file;
  return d.column !== undefined ? `${d.file}:${d.line}:${d.column}` : `${d.file}:${d.line}`;
}

/// The caret line for `column` (1-based) under `source`, keeping tabs so it lines up.
export function caretLine(source: string, column: number): string {
  return source.slice(0, Math.max(0, column - 1)).replace(/[^\t]/g, ' ') + '^';
}

/// One diagnostic as text: include chain, the message line, then the source line and a caret,
/// then `hint:` lines with the explanation. No trailing newline.
export function renderDiagnostic(d: Diagnostic): string {
  const out: string[] = [];
  for (const step of d.includedFrom ?? [])
    out.push(`In file included from ${step.file}:${step.line}:`);
  out.push(`${location(d)}: ${d.severity}: ${d.message}`);
  if (d.sourceLine !== undefined) {
    out.push(`  ${d.sourceLine}`);
    if (d.column !== undefined) out.push(`  ${caretLine(d.sourceLine, d.column)}`);
  }
  if (d.explanation) out.push(`  hint: ${d.explanation}`);
  return out.join('\n');
}

/// All diagnostics, one block each, with a trailing newline (empty string for none).
export function renderDiagnostics(diagnostics: readonly Diagnostic[]): string {
  return diagnostics.map((d) => renderDiagnostic(d) + '\n').join('');
}
