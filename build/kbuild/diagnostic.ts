/// The diagnostics the runner reports: build/diagnostics' one `Diagnostic` shape (compiler,
/// linker, Makefile and tree problems alike), plus which stage found it and the source line.

import type { Diagnostic } from '../diagnostics/index.ts';

/// One problem found by a build.
export interface BuildDiagnostic extends Diagnostic {
  /// Which stage found it.
  readonly stage: 'makefile' | 'tree' | 'compile' | 'link' | 'archive' | 'cpio';
  /// The source line's text, for showing with a caret.
  readonly sourceLine?: string;
}

/// Formats a diagnostic the way compilers print them (`file:line:col: error: message`), with the
/// source line, a caret where the column is known, and the explanation of a classic mistake.
export function formatDiagnostic(d: BuildDiagnostic): string {
  const col = d.column !== undefined ? `:${d.column}` : '';
  const where = d.line > 0 ? `${d.file}:${d.line}${col}` : d.file;
  let out = `${where}: ${d.severity}: ${d.message}`;
  if (d.sourceLine !== undefined) {
    out += `\n  ${d.sourceLine}`;
    if (d.column !== undefined) out += `\n  ${' '.repeat(Math.max(0, d.column - 1))}^`;
  }
  if (d.explanation) out += `\n  hint: ${d.explanation}`;
  return out;
}
