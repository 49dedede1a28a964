// Located errors of the build inputs. Every malformed object, archive or script surfaces as one of
// these (never a RangeError or a string), printed `file:line:col: message` like the compilers'.

/// Base of the linker-side errors: a message tied to a file and, when it has lines, a line
/// (1-based; 0 when the place is a byte offset in a binary file, given by `offset`).
export class LocatedError extends Error {
  /// `offset` is a byte offset into a binary input, when that is the best location we have.
  constructor(
    message: string,
    readonly file: string,
    readonly line = 0,
    readonly column?: number,
    readonly offset?: number,
  ) {
    super(message);
    this.name = new.target.name;
  }

  /// `file:line:col: message`, or `file: message` when there is no line.
  get located(): string {
    if (this.line <= 0) return `${this.file}: ${this.message}`;
    const col = this.column !== undefined ? `:${this.column}` : '';
    return `${this.file}:${this.line}${col}: ${this.message}`;
  }
}

/// A malformed or unsupported ELF object or archive. `offset` points at the faulty bytes.
export class ElfFormatError extends LocatedError {}
