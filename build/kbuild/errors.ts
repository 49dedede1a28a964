/// Errors of the Kbuild runner. Every one carries the place it is about (a tree file, a line and
/// a column where known), and prints as `file:line:col: message` so an editor can underline it.

/// Where a problem is: a path relative to the tree root (or absolute when outside it).
export interface SourceLocation {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
}

/// Formats a location the way compilers and GNU make print them: `file:line:col`.
export function formatLocation(loc: SourceLocation): string {
  let s = loc.file;
  if (loc.line !== undefined) s += `:${loc.line}`;
  if (loc.line !== undefined && loc.column !== undefined) s += `:${loc.column}`;
  return s;
}

/// Base of every located build error: the message, plus where it applies.
export class KbuildError extends Error {
  override readonly name: string = 'KbuildError';
  /// The bare message, without the location prefix.
  readonly detail: string;
  readonly file: string;
  readonly line?: number;
  readonly column?: number;

  constructor(loc: SourceLocation, detail: string) {
    super(`${formatLocation(loc)}: ${detail}`);
    this.detail = detail;
    this.file = loc.file;
    this.line = loc.line;
    this.column = loc.column;
  }
}

/// A Makefile the reader cannot make sense of (bad syntax, unterminated conditional, loop).
export class MakefileError extends KbuildError {
  override readonly name = 'MakefileError';
}

/// The tree's shape is wrong: a listed directory or source is missing, a directory loop.
export class TreeError extends KbuildError {
  override readonly name = 'TreeError';
}
