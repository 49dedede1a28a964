/// The variable store of the Makefile reader: GNU make's two flavours (simple `:=`, recursive
/// `=`), each assignment's location (so a diagnostic can point at the line that set `core-y`),
/// and the expansion of `$(VAR)`, `${VAR}`, `$X`, `$$`, substitution references `$(VAR:.o=.c)`
/// and a few pure text functions. Anything make would run (`$(shell ...)`, `$(wildcard ...)`)
/// expands to nothing and marks the variable as unreliable for the runner.

import { MakefileError } from './errors.ts';
import type { SourceLocation } from './errors.ts';
import { callFunction, isKnownFunction } from './make-functions.ts';

/// One assignment to a variable, as written.
export interface Assignment {
  readonly file: string;
  readonly line: number;
  readonly op: ':=' | '=' | '+=' | '?=';
  /// The right-hand side as written (unexpanded).
  readonly text: string;
}

interface Variable {
  flavor: 'simple' | 'recursive';
  value: string;
  readonly sites: Assignment[];
  /// Set when the value depends on something the reader cannot evaluate (`$(shell ...)`).
  unsupported?: string;
}

const MAX_DEPTH = 64;

/// Variables of one Makefile read, with make's expansion rules.
export class MakeVars {
  private readonly vars = new Map<string, Variable>();
  private readonly expanding = new Set<string>();
  /// Variables given on the command line: the Makefile's own assignments do not override them.
  private readonly commandLine = new Set<string>();
  private lastUnsupported: string | undefined;

  /// Seeds the store with `initial`: command-line variables (simple, no location), which the
  /// Makefile's own assignments do not change, as with `make CC=gcc`.
  constructor(initial: Readonly<Record<string, string>> = {}) {
    for (const [k, v] of Object.entries(initial)) {
      this.vars.set(k, { flavor: 'simple', value: v, sites: [] });
      this.commandLine.add(k);
    }
  }

  /// True when the variable is defined (even as empty).
  has(name: string): boolean {
    return this.vars.has(name);
  }

  /// The variable's raw (unexpanded for recursive) value, or '' when undefined.
  raw(name: string): string {
    return this.vars.get(name)?.value ?? '';
  }

  /// Every assignment to `name`, in order, with file and line.
  sites(name: string): readonly Assignment[] {
    return this.vars.get(name)?.sites ?? [];
  }

  /// Why the value cannot be trusted (an unsupported make function), or undefined.
  unsupportedReason(name: string): string | undefined {
    return this.vars.get(name)?.unsupported;
  }

  /// Names of all defined variables.
  names(): string[] {
    return [...this.vars.keys()];
  }

  /// Expands and returns a variable's value (recursive variables are expanded now).
  get(name: string, at?: SourceLocation): string {
    return this.expand(`$(${name})`, at ?? this.definedAt(name));
  }

  /// Where `name` was last assigned (errors met while expanding it later are reported there).
  definedAt(name: string): SourceLocation {
    const site = this.sites(name).at(-1);
    return site ? { file: site.file, line: site.line } : { file: '<command line>', line: 0 };
  }

  /// Expands a variable and splits it into whitespace-separated words.
  words(name: string, at?: SourceLocation): string[] {
    return splitWords(this.get(name, at));
  }

  /// Applies one assignment (`op` as in make) at location `site`.
  assign(name: string, op: Assignment['op'], text: string, site: SourceLocation): void {
    const record: Assignment = { file: site.file, line: site.line ?? 0, op, text };
    if (this.commandLine.has(name)) return;
    const cur = this.vars.get(name);
    if (op === '?=' && cur) {
      cur.sites.push(record);
      return;
    }
    this.lastUnsupported = undefined;
    if (op === '+=' && cur) {
      const add = cur.flavor === 'simple' ? this.expand(text, site) : text;
      cur.value = cur.value === '' ? add : `${cur.value} ${add}`;
      cur.sites.push(record);
      if (this.lastUnsupported) cur.unsupported = this.lastUnsupported;
      return;
    }
    const flavor = op === ':=' ? 'simple' : 'recursive';
    const value = flavor === 'simple' ? this.expand(text, site) : text;
    const sites = cur ? [...cur.sites, record] : [record];
    this.vars.set(name, { flavor, value, sites, unsupported: this.lastUnsupported });
  }

  /// Removes a variable (`undefine`).
  undefine(name: string): void {
    this.vars.delete(name);
  }

  /// Expands every reference in `text`; `at` locates errors (an unterminated `$(`, a loop).
  expand(text: string, at: SourceLocation, depth = 0): string {
    if (depth > MAX_DEPTH) throw new MakefileError(at, 'variable expansion nested too deeply');
    let out = '';
    let i = 0;
    while (i < text.length) {
      const d = text.indexOf('$', i);
      if (d < 0) return out + text.slice(i);
      out += text.slice(i, d);
      const next = text[d + 1];
      if (next === undefined) return out;
      if (next === '$') {
        out += '$';
        i = d + 2;
      } else if (next === '(' || next === '{') {
        const end = findClose(text, d + 1);
        if (end < 0)
          throw new MakefileError(at, "unterminated variable reference ('$(' without ')')");
        out += this.reference(text.slice(d + 2, end), at, depth);
        i = end + 1;
      } else {
        out += this.lookup(next, at, depth);
        i = d + 2;
      }
    }
    return out;
  }

  private reference(body: string, at: SourceLocation, depth: number): string {
    const fn = /^([a-z-]+)[ \t]/.exec(body);
    if (fn && isKnownFunction(fn[1])) {
      const args = splitArgs(body.slice(fn[0].length));
      const result = callFunction(fn[1], args, (t) => this.expand(t, at, depth + 1));
      if (result === undefined) {
        this.lastUnsupported = `$(${fn[1]} ...) at ${at.file}:${at.line ?? 0}`;
        return '';
      }
      return result;
    }
    const colon = topLevelIndex(body, ':');
    if (colon >= 0 && body.indexOf('=', colon) > colon) {
      return this.substRef(body, colon, at, depth);
    }
    return this.lookup(this.expand(body, at, depth + 1), at, depth);
  }

  private substRef(body: string, colon: number, at: SourceLocation, depth: number): string {
    const name = this.expand(body.slice(0, colon), at, depth + 1);
    const spec = body.slice(colon + 1);
    const eq = spec.indexOf('=');
    const from = this.expand(spec.slice(0, eq), at, depth + 1);
    const to = this.expand(spec.slice(eq + 1), at, depth + 1);
    const pattern = from.includes('%') ? from : `%${from}`;
    const replacement = from.includes('%') ? to : `%${to}`;
    return (
      callFunction('patsubst', [pattern, replacement, this.lookup(name, at, depth)], (t) => t) ?? ''
    );
  }

  private lookup(name: string, at: SourceLocation, depth: number): string {
    const v = this.vars.get(name.trim());
    if (!v) return '';
    if (v.unsupported) this.lastUnsupported = v.unsupported;
    if (v.flavor === 'simple') return v.value;
    if (this.expanding.has(name)) {
      throw new MakefileError(at, `recursive variable '${name}' references itself (eventually)`);
    }
    this.expanding.add(name);
    try {
      return this.expand(v.value, at, depth + 1);
    } finally {
      this.expanding.delete(name);
    }
  }
}

/// Splits on runs of whitespace, dropping empty words.
export function splitWords(text: string): string[] {
  return text.split(/[ \t\n]+/).filter((w) => w !== '');
}

/// Index of the `)`/`}` matching the opener at `open`, counting nested parens; -1 if none.
export function findClose(text: string, open: number): number {
  const opener = text[open];
  const closer = opener === '(' ? ')' : '}';
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === opener) depth++;
    else if (c === closer && --depth === 0) return i;
  }
  return -1;
}

/// Index of the first `ch` outside any `$(...)`/`${...}`, or -1.
export function topLevelIndex(text: string, ch: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(' || c === '{') depth++;
    else if ((c === ')' || c === '}') && depth > 0) depth--;
    else if (c === ch && depth === 0) return i;
  }
  return -1;
}

/// Splits function arguments on top-level commas.
export function splitArgs(text: string): string[] {
  const args: string[] = [];
  let rest = text;
  for (let i = topLevelIndex(rest, ','); i >= 0; i = topLevelIndex(rest, ',')) {
    args.push(rest.slice(0, i));
    rest = rest.slice(i + 1);
  }
  args.push(rest);
  return args;
}
