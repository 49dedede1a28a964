// Diagnostics: tcc's messages parsed into structured data, rendered with the source line and a
// caret, and the lesson's classic mistakes explained. Other stages (linker, Kbuild) report in the
// same `Diagnostic` shape.
export type { Diagnostic, IncludeStep, Severity } from './types.ts';
export { hasErrors, parseTccOutput, type ParseOptions } from './parse-tcc.ts';
export { columnOf, explainDiagnostics, type SourceReader } from './explain.ts';
export { caretLine, location, renderDiagnostic, renderDiagnostics } from './render.ts';
