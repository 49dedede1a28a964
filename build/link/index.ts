// The linker's public face: `link(options, fs)` turns in-memory ELF32 i386 objects and archives
// into a partial link (`ld -r`) or a static executable, with a map file, System.map text and
// GNU ld-style diagnostics. No Node API here: files come in as bytes, `-l` lookups go through
// `FileAccess`.
export type {
  FileAccess,
  LibraryRef,
  LinkDiagnostic,
  LinkDiagnosticKind,
  LinkInput,
  LinkOptions,
  LinkResult,
  LinkScript,
} from './types.ts';
export { link } from './link.ts';
export { DEFAULT_SCRIPT, DEFAULT_SCRIPT_NAME } from './default-script.ts';
export { systemMap, nmLetter } from './system-map.ts';
