// Build diagnostics in the editor: the build reports `file:line:column` (1-based, column optional);
// CodeMirror's lint extension wants document offsets. Lines past the end (the file changed since
// the build) are clamped to the last line rather than dropped.
import type { Diagnostic as LintDiagnostic } from '@codemirror/lint';
import type { Text } from '@codemirror/state';
import type { BuildDiagnostic } from '../../electron/ipc/lab-api.ts';

/// Converts the diagnostics of one file into lint diagnostics for `doc`.
export function toLintDiagnostics(
  doc: Text,
  diagnostics: readonly BuildDiagnostic[],
): LintDiagnostic[] {
  return diagnostics.map((d) => {
    const lineNo = Math.min(Math.max(d.line, 1), doc.lines);
    const line = doc.line(lineNo);
    const col = d.column && d.column > 0 ? Math.min(d.column - 1, line.length) : 0;
    const from = line.from + col;
    // Underline the word at the column (or the whole line when the tool gave no column).
    const rest = line.text.slice(col);
    const word = /^[\w$.]+/.exec(rest)?.[0].length ?? 0;
    const to = d.column ? from + Math.max(word, 1) : line.to;
    const message = d.explanation ? `${d.message}\n\n${d.explanation}` : d.message;
    return {
      from,
      to: Math.min(Math.max(to, from), line.to),
      severity: d.severity === 'note' ? 'info' : d.severity,
      message,
      source: 'build',
    };
  });
}
