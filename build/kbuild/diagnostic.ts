/// The diagnostics the runner reports: build/diagnostics' one `Diagnostic` shape (compiler,
/// linker, Makefile and tree problems alike), tagged with the stage that found it. Rendering is
/// build/diagnostics' `renderDiagnostic`.

import type { Diagnostic } from '../diagnostics/index.ts';

/// One problem found by a build.
export interface BuildDiagnostic extends Diagnostic {
  /// Which stage found it.
  readonly stage: 'makefile' | 'tree' | 'compile' | 'link' | 'archive' | 'cpio';
}
