/// Errors of the Kbuild runner: subclasses of the build's one `LocatedError` (build/elf/errors.ts),
/// so every one carries the tree file, line and column it is about and prints as
/// `file:line:col: message` (its `located` text) for the editor to underline.

import { LocatedError } from '../elf/errors.ts';

/// Where a problem is: a path relative to the tree root (or absolute when outside it).
export interface SourceLocation {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
}

/// Base of the runner's located errors; `message` is the bare text, `located` the full line.
export class KbuildError extends LocatedError {
  constructor(loc: SourceLocation, message: string) {
    super(message, loc.file, loc.line ?? 0, loc.column);
  }
}

/// A Makefile the reader cannot make sense of (bad syntax, unterminated conditional, loop).
export class MakefileError extends KbuildError {}

/// The tree's shape is wrong: a listed directory or source is missing, a directory loop.
export class TreeError extends KbuildError {}
