/// The conditional directives of GNU make (`ifeq`, `ifneq`, `ifdef`, `ifndef`, `else`, `endif`)
/// as a stack the reader consults before each line. Inactive branches are still scanned for
/// nested conditionals, as make does, so an `endif` always closes the right one.

import { MakefileError } from './errors.ts';
import type { SourceLocation } from './errors.ts';
import type { MakeVars } from './make-vars.ts';
import { findClose, splitArgs } from './make-vars.ts';

interface Frame {
  readonly at: SourceLocation;
  readonly keyword: string;
  /// Whether the enclosing context was active when this conditional opened.
  readonly outer: boolean;
  /// Whether some branch has already been taken.
  taken: boolean;
  active: boolean;
  sawElse: boolean;
}

const KEYWORDS = /^(ifeq|ifneq|ifdef|ifndef)(?=[ \t(]|$)/;

/// Tracks the open conditionals of one Makefile.
export class Conditionals {
  private readonly stack: Frame[] = [];

  /// True when lines at this point are live (every enclosing branch taken).
  get active(): boolean {
    return this.stack.length === 0 || this.stack[this.stack.length - 1].active;
  }

  /// Handles `line` if it is a conditional directive; returns false when it is not one.
  handle(text: string, at: SourceLocation, vars: MakeVars): boolean {
    const t = text.trim();
    const open = KEYWORDS.exec(t);
    if (open) {
      this.open(open[1], t.slice(open[1].length).trim(), at, vars);
      return true;
    }
    if (t === 'endif' || t.startsWith('endif ') || t.startsWith('endif\t')) {
      if (this.stack.length === 0) throw new MakefileError(at, "extraneous 'endif'");
      this.stack.pop();
      return true;
    }
    if (t === 'else' || /^else[ \t]/.test(t)) {
      this.otherwise(t.slice(4).trim(), at, vars);
      return true;
    }
    return false;
  }

  /// Fails with the location of the oldest conditional still open (call at end of file).
  finish(): void {
    const open = this.stack[0];
    if (open) throw new MakefileError(open.at, `missing 'endif' for this '${open.keyword}'`);
  }

  private open(keyword: string, rest: string, at: SourceLocation, vars: MakeVars): void {
    const outer = this.active;
    const value = outer ? evaluate(keyword, rest, at, vars) : false;
    this.stack.push({ at, keyword, outer, taken: value, active: outer && value, sawElse: false });
  }

  private otherwise(rest: string, at: SourceLocation, vars: MakeVars): void {
    const top = this.stack[this.stack.length - 1];
    if (!top) throw new MakefileError(at, "extraneous 'else'");
    if (top.sawElse) throw new MakefileError(at, "only one 'else' per conditional");
    if (rest === '') {
      top.sawElse = true;
      top.active = top.outer && !top.taken;
      top.taken = true;
      return;
    }
    const chained = KEYWORDS.exec(rest);
    if (!chained) throw new MakefileError(at, `extraneous text after 'else' directive`);
    const live = top.outer && !top.taken;
    const value = live
      ? evaluate(chained[1], rest.slice(chained[1].length).trim(), at, vars)
      : false;
    top.active = live && value;
    top.taken = top.taken || top.active;
  }
}

function evaluate(keyword: string, rest: string, at: SourceLocation, vars: MakeVars): boolean {
  if (keyword === 'ifdef' || keyword === 'ifndef') {
    const name = vars.expand(rest, at).trim();
    if (name === '' || /\s/.test(name)) {
      throw new MakefileError(
        at,
        `invalid syntax in conditional: '${keyword}' takes one variable name`,
      );
    }
    const defined = vars.raw(name) !== '';
    return keyword === 'ifdef' ? defined : !defined;
  }
  const [a, b] = operands(rest, at);
  const same = vars.expand(a, at).trim() === vars.expand(b, at).trim();
  return keyword === 'ifeq' ? same : !same;
}

function operands(rest: string, at: SourceLocation): [string, string] {
  const bad = () =>
    new MakefileError(at, 'invalid syntax in conditional: expected (A,B), "A" "B" or \'A\' \'B\'');
  if (rest.startsWith('(')) {
    const end = findClose(rest, 0);
    if (end < 0 || rest.slice(end + 1).trim() !== '') throw bad();
    const args = splitArgs(rest.slice(1, end));
    if (args.length !== 2) throw bad();
    return [args[0], args[1]];
  }
  const quoted = /^(["'])(.*?)\1[ \t]+(["'])(.*?)\3$/.exec(rest);
  if (!quoted) throw bad();
  return [quoted[2], quoted[4]];
}
