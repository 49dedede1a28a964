/// Reads the Kbuild subset of a Makefile into variables: assignments (`:=`, `=`, `+=`, `?=`),
/// conditionals, `include`/`-include` of other tree Makefiles, `define` blocks (skipped as data),
/// `export`/`override` prefixes. Rules and their recipes are GNU make's business and are skipped.
/// Malformed input throws a located `MakefileError` (never anything else), as make stops with
/// `Makefile:12: *** missing separator.`

import type { BuildFs } from './build-fs.ts';
import { readText } from './build-fs.ts';
import { MakefileError } from './errors.ts';
import type { SourceLocation } from './errors.ts';
import { Conditionals } from './make-conditionals.ts';
import { MakeVars, splitWords } from './make-vars.ts';
import type { Assignment } from './make-vars.ts';
import { logicalLines } from './makefile-lines.ts';
import type { LogicalLine } from './makefile-lines.ts';
import { joinPath } from './paths.ts';

/// How to read a Makefile: where the tree is and what to seed the variables with.
export interface ReadMakefileConfig {
  readonly fs: BuildFs;
  /// Absolute path of the tree root; Makefile paths and includes are relative to it, as make runs
  /// from the tree root in Kbuild.
  readonly root: string;
  /// Variables defined before reading, like make's command-line variables.
  readonly initial?: Readonly<Record<string, string>>;
  /// Largest Makefile accepted, in bytes (a runaway file is refused, not parsed). Default 4 MiB.
  readonly maxBytes?: number;
}

const MAX_INCLUDE_DEPTH = 16;

interface ReadContext {
  readonly config: ReadMakefileConfig;
  readonly vars: MakeVars;
  /// The include chain, innermost last, to detect loops.
  readonly chain: string[];
}

/// Reads `path` (relative to the tree root) and the files it includes. Rejects with a
/// `MakefileError` for a missing file, bad syntax, an unterminated conditional or an include loop.
export async function readMakefile(path: string, config: ReadMakefileConfig): Promise<MakeVars> {
  const ctx: ReadContext = { config, vars: new MakeVars(config.initial), chain: [] };
  await readInto(ctx, path, { file: path });
  return ctx.vars;
}

/// Parses Makefile text that is already in memory (includes still go through `config.fs`).
export async function parseMakefile(
  path: string,
  text: string,
  config: ReadMakefileConfig,
): Promise<MakeVars> {
  const ctx: ReadContext = { config, vars: new MakeVars(config.initial), chain: [path] };
  await parseInto(ctx, path, text);
  return ctx.vars;
}

async function readInto(ctx: ReadContext, path: string, from: SourceLocation): Promise<void> {
  if (ctx.chain.includes(path)) {
    throw new MakefileError(from, `include loop: ${[...ctx.chain, path].join(' -> ')}`);
  }
  if (ctx.chain.length >= MAX_INCLUDE_DEPTH) {
    throw new MakefileError(from, `includes nested deeper than ${MAX_INCLUDE_DEPTH} levels`);
  }
  const abs = joinPath(ctx.config.root, path);
  const st = await ctx.config.fs.stat(abs);
  // Located at the include line that names it, or at the file itself when it is the top one.
  const what = from.file === path ? '' : `${path}: `;
  if (!st || st.isDirectory) throw new MakefileError(from, `${what}No such file`);
  const max = ctx.config.maxBytes ?? 4 << 20;
  if (st.size > max)
    throw new MakefileError(from, `${what}too large for a Makefile (${st.size} bytes)`);
  const text = await readText(ctx.config.fs, abs);
  ctx.chain.push(path);
  try {
    await parseInto(ctx, path, text);
  } finally {
    ctx.chain.pop();
  }
}

async function parseInto(ctx: ReadContext, file: string, text: string): Promise<void> {
  const lines = logicalLines(text);
  const cond = new Conditionals();
  let inRule = false;
  for (let i = 0; i < lines.length; i++) {
    const ln = lines[i];
    const at = { file, line: ln.line };
    if (ln.tab && inRule) continue;
    if (cond.handle(ln.text, at, ctx.vars)) continue;
    const body = ln.text.trim();
    if (body === '') continue;
    if (/^define([ \t]|$)/.test(body) || /^(export|override)[ \t]+define([ \t]|$)/.test(body)) {
      i = skipDefine(lines, i, at);
      continue;
    }
    if (!cond.active) continue;
    inRule = await statement(ctx, body, at, inRule);
  }
  cond.finish();
}

/// Returns the index of the `endef` closing the `define` at `start`.
function skipDefine(lines: LogicalLine[], start: number, at: SourceLocation): number {
  let depth = 1;
  for (let i = start + 1; i < lines.length; i++) {
    const t = lines[i].text.trim();
    if (/^(export[ \t]+|override[ \t]+)?define([ \t]|$)/.test(t)) depth++;
    else if (t === 'endef' || /^endef[ \t]/.test(t)) depth--;
    if (depth === 0) return i;
  }
  throw new MakefileError(at, "missing 'endef', unterminated 'define'");
}

/// Handles one live, non-conditional line; returns whether a rule's recipe may follow.
async function statement(
  ctx: ReadContext,
  body: string,
  at: SourceLocation,
  inRule: boolean,
): Promise<boolean> {
  const inc = /^(-include|sinclude|include)([ \t]+|$)(.*)$/.exec(body);
  if (inc) {
    await includeFiles(ctx, inc[3], inc[1] !== 'include', at);
    return false;
  }
  const stripped = body.replace(/^((export|override|private)[ \t]+)+/, '');
  if (/^undefine[ \t]/.test(stripped)) {
    ctx.vars.undefine(ctx.vars.expand(stripped.slice(9), at).trim());
    return inRule;
  }
  // `export VAR`, `unexport`, `vpath`: no value for the reader.
  if (
    /^(unexport|vpath)([ \t]|$)/.test(stripped) ||
    (stripped !== body && !stripped.includes('='))
  ) {
    return inRule;
  }
  const kind = classify(stripped);
  if (kind === 'rule') return true;
  if (kind === undefined) {
    if (ctx.vars.expand(stripped, at).trim() === '') return inRule;
    const what = "not an assignment 'VAR := value', a rule or a directive";
    throw new MakefileError(at, `missing separator (${what}): '${clip(stripped)}'`);
  }
  assignment(ctx, stripped, kind, at);
  return false;
}

/// Reads each file an `include` line names (after expansion); `-include` skips missing ones.
async function includeFiles(
  ctx: ReadContext,
  spec: string,
  optional: boolean,
  at: SourceLocation,
): Promise<void> {
  for (const name of splitWords(ctx.vars.expand(spec, at))) {
    if (optional && !(await ctx.config.fs.stat(joinPath(ctx.config.root, name)))) continue;
    await readInto(ctx, name, at);
  }
}

function assignment(
  ctx: ReadContext,
  text: string,
  kind: { at: number; op: Op },
  at: SourceLocation,
): void {
  const name = ctx.vars.expand(text.slice(0, kind.at), at).trim();
  if (name === '') throw new MakefileError(at, 'empty variable name');
  if (/\s/.test(name)) throw new MakefileError(at, `invalid variable name '${clip(name)}'`);
  const value = text.slice(kind.at + kind.op.length).replace(/^[ \t]+/, '');
  // `!=` runs a shell command: record it as a value the reader cannot evaluate.
  if (kind.op === '!=') ctx.vars.assign(name, '=', '$(shell ...)', at);
  else ctx.vars.assign(name, kind.op === '::=' ? ':=' : kind.op, value, at);
}

type Op = Assignment['op'] | '::=' | '!=';

/// Finds the operator of an assignment, or says the line is a rule, or neither (undefined).
function classify(text: string): { at: number; op: Op } | 'rule' | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '$' && (text[i + 1] === '(' || text[i + 1] === '{')) {
      depth++;
      i++;
    } else if ((c === ')' || c === '}') && depth > 0) {
      depth--;
    } else if (depth === 0 && c === '=') {
      const prev = text[i - 1];
      if (prev === '+' || prev === '?' || prev === '!') return { at: i - 1, op: `${prev}=` as Op };
      return { at: i, op: '=' };
    } else if (depth === 0 && c === ':') {
      if (text.startsWith('::=', i)) return { at: i, op: '::=' };
      if (text[i + 1] === '=') return { at: i, op: ':=' };
      return 'rule';
    }
  }
  return undefined;
}

function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
