/// The diagnostics the runner reports: build/diagnostics' one `Diagnostic` shape (compiler,
/// linker, Makefile and tree problems alike), tagged with the stage that found it. Rendering is
/// build/diagnostics' `renderDiagnostic`.

import type { Diagnostic } from '../diagnostics/index.ts';

/// One problem found by a build.
export interface BuildDiagnostic extends Diagnostic {
  /// Which stage found it.
  readonly stage: 'makefile' | 'tree' | 'compile' | 'link' | 'archive' | 'cpio';
}

/// An error about a whole file (no line): a tool that failed without saying where, a crash.
export function fileError(
  file: string,
  message: string,
  stage: BuildDiagnostic['stage'],
): BuildDiagnostic {
  return { file, line: 0, severity: 'error', message, stage };
}

/// The text of a thrown value, for a diagnostic.
export function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/// `diags` as they are when they hold an error; else with `fallback` added, so a failed step
/// always says something.
export function ensureError(
  diags: readonly BuildDiagnostic[],
  fallback: BuildDiagnostic,
): BuildDiagnostic[] {
  return diags.some((d) => d.severity === 'error') ? [...diags] : [...diags, fallback];
}
