// The one shape every build stage reports problems in (compiler, assembler, linker, Kbuild), so
// the editor, the CLI and the lesson show them all alike. Plain readonly data: it crosses IPC and
// worker boundaries unchanged.

/// How bad a diagnostic is. `note` carries context for the error before it (tcc's "In file
/// included from", GNU ld's "first defined here").
export type Severity = 'error' | 'warning' | 'note';

/// One place in an include chain: `file` included the next one at `line`.
export interface IncludeStep {
  readonly file: string;
  readonly line: number;
}

/// One problem. `file` is the path as the tool printed it (tree-relative in the Kbuild runner);
/// `line` is 1-based, 0 when the place is not a source line (a whole file, a section offset);
/// `column` is 1-based and present only when the tool said or we could find it.
export interface Diagnostic {
  readonly file: string;
  readonly line: number;
  readonly column?: number;
  readonly severity: Severity;
  /// The tool's message without location and severity (`implicit declaration of function 'printk'`).
  readonly message: string;
  /// The include chain that led to `file`, outermost first, when the tool printed one.
  readonly includedFrom?: readonly IncludeStep[];
  /// The text of source line `line`, when it could be read (shown with a caret under `column`).
  readonly sourceLine?: string;
  /// Stable id of a recognised classic mistake (`implicit-printk`, `table-space-typo`, ...).
  readonly code?: string;
  /// Plain-language explanation and fix for a recognised classic mistake.
  readonly explanation?: string;
}
