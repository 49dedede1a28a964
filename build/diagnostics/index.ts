// Diagnostics: tcc's messages parsed into structured data, rendered with the source line and a
// caret, and the lesson's classic mistakes explained. Other stages (linker, Kbuild) report in the
// same `Diagnostic` shape.
export type { Diagnostic, IncludeStep, Severity } from './types.ts';
