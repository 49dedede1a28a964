// The public data types of the linker. Everything here is plain data so a link can run in Node, a
// worker thread or the browser test host, and its result can cross IPC unchanged.

/// One input file held in memory: an ELF32 i386 relocatable object or an `ar` archive (detected by
/// its magic bytes, not its name). `name` is what messages print (`MyPrintK.o`, `usr/lib/libc.a`).
export interface LinkInput {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/// A `-lNAME` on the command line: found as `libNAME.a` in `LinkOptions.libraryPaths`, in order,
/// through `FileAccess`, and scanned at its position among the inputs (GNU ld's rule).
export interface LibraryRef {
  readonly library: string;
}

/// The only way the linker touches files (for `-l` lookups). The CLI adapts Node's fs; the app can
/// pass its workspace. Returns null when the file does not exist.
export interface FileAccess {
  readFile(path: string): Uint8Array | null;
}

/// A linker script given as text (`-T FILE`); `name` is used in `script:line` messages.
export interface LinkScript {
  readonly name: string;
  readonly text: string;
}

/// What to link and how. See `link()`.
export interface LinkOptions {
  /// 'relocatable' is `ld -r` (a partial link such as `built-in.o`); 'executable' is a static
  /// ET_EXEC image (a user program or `vmlinux`).
  readonly mode: 'relocatable' | 'executable';
  /// Objects, archives and `-l` references, in command-line order.
  readonly inputs: readonly (LinkInput | LibraryRef)[];
  /// `-L` directories searched for `-l` libraries.
  readonly libraryPaths?: readonly string[];
  /// `-T`: the linker script. Without one an executable uses the built-in user-program script
  /// (text at 0x08048000; see `DEFAULT_SCRIPT`), and a relocatable link merges same-named sections.
  readonly script?: LinkScript;
  /// `-e`: the entry symbol (or a number). Overrides the script's ENTRY().
  readonly entry?: string;
  /// The output's file name, used in the map file and messages (default `a.out`).
  readonly outputName?: string;
  /// Produce a GNU-style link map (`-Map`).
  readonly wantMap?: boolean;
  /// Produce `System.map` text (`nm -n` format) for an executable.
  readonly wantSystemMap?: boolean;
}

/// Why a diagnostic was raised, for tools (the Kbuild runner, the editor) that explain mistakes
/// without parsing the message text.
export type LinkDiagnosticKind =
  | 'undefined-reference'
  | 'multiple-definition'
  | 'script-syntax'
  | 'script-error'
  | 'bad-object'
  | 'bad-relocation'
  | 'missing-file'
  | 'no-entry'
  | 'overflow'
  | 'discarded-section';

/// One message, shaped like build/diagnostics' `Diagnostic` ({file, line, column?, severity,
/// message}) so the pipeline can show all of them the same way. `line` is 0 when the place is a
/// section offset rather than a source line (then `section` and `offset` say where).
/// `text` is the full line GNU ld would print (without its `ld: ` prefix).
export interface LinkDiagnostic {
  readonly file: string;
  readonly line: number;
  readonly column?: number;
  readonly severity: 'error' | 'warning';
  readonly message: string;
  readonly kind: LinkDiagnosticKind;
  readonly text: string;
  /// The symbol concerned, for undefined references and multiple definitions.
  readonly symbol?: string;
  /// The object that referenced or defined the symbol (`MyPrintK/MyPrintK.o`).
  readonly object?: string;
  /// Input section and offset of the reference (`.text`, 0x12).
  readonly section?: string;
  readonly offset?: number;
  /// The function containing the reference, when the object's symbols say so.
  readonly function?: string;
}

/// The outcome of a link. `output` is null when any error was diagnosed (GNU ld writes nothing
/// usable either); warnings alone leave it set.
export interface LinkResult {
  readonly ok: boolean;
  readonly output: Uint8Array | null;
  readonly map: string | null;
  readonly systemMap: string | null;
  readonly diagnostics: readonly LinkDiagnostic[];
  /// The entry address of an executable (0 for a relocatable output).
  readonly entry: number;
}
