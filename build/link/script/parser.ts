// The linker-script parser: the subset of GNU ld's language a kernel and a static program need.
// Anything outside it is a located `script:line: syntax error` naming what was expected, so a
// learner editing vmlinux.lds is told where the script went wrong.
import type {
  AssertStmt,
  Assignment,
  DataStmt,
  Expr,
  InputSpec,
  OutputCommand,
  OutputSection,
  Script,
  SectionsCommand,
} from './ast.ts';
import { Lexer, type Token } from './lexer.ts';
import { parseExpr } from './expr-parser.ts';

const ASSIGN_OPS = new Set(['=', '+=', '-=', '*=', '/=', '<<=', '>>=', '&=', '|=']);
const IGNORED_TOP = new Set([
  'OUTPUT_FORMAT',
  'OUTPUT_ARCH',
  'TARGET',
  'SEARCH_DIR',
  'OUTPUT',
  'STARTUP',
  'FORCE_COMMON_ALLOCATION',
]);
const UNSUPPORTED = new Set([
  'MEMORY',
  'PHDRS',
  'OVERLAY',
  'INCLUDE',
  'INPUT',
  'GROUP',
  'VERSION',
  'INSERT',
]);
const DATA_WIDTH: Readonly<Record<string, 1 | 2 | 4 | 8>> = { BYTE: 1, SHORT: 2, LONG: 4, QUAD: 8 };

/// Parses script text. Throws ScriptError (`name:line: syntax error: ...`).
export function parseScript(name: string, text: string): Script {
  const lx = new Lexer(name, text);
  const top: Script['top'][number][] = [];
  let entry: string | null = null;
  let entryLine = 0;
  for (;;) {
    const t = lx.next('wild');
    if (t.kind === 'eof') break;
    if (t.text === ';') continue;
    if (t.kind !== 'name') lx.error(`unexpected '${t.text}'`, t.line);
    if (t.text === 'ENTRY') {
      expect(lx, '(');
      entry = lx.next('wild').text;
      entryLine = t.line;
      expect(lx, ')');
    } else if (IGNORED_TOP.has(t.text)) skipParens(lx);
    else if (t.text === 'SECTIONS') top.push({ kind: 'sections', commands: parseSections(lx) });
    else if (t.text === 'ASSERT') top.push(parseAssert(lx, t.line));
    else if (UNSUPPORTED.has(t.text)) lx.error(`${t.text} is not supported by this linker`, t.line);
    else top.push(parseAssignment(lx, t));
  }
  return { name, entry, entryLine, top };
}

function expect(lx: Lexer, text: string, mode: 'expr' | 'wild' = 'expr'): Token {
  const t = lx.next(mode);
  if (t.text !== text || t.quoted) lx.error(`expected '${text}' before '${t.text}'`, t.line);
  return t;
}

function skipParens(lx: Lexer): void {
  expect(lx, '(');
  for (let depth = 1; depth > 0;) {
    const t = lx.next('wild');
    if (t.kind === 'eof') lx.error("missing ')'", t.line);
    if (t.text === '(') depth++;
    else if (t.text === ')') depth--;
  }
}

/// Parses `name op expr ;` or `PROVIDE(name = expr);` after its first token `t`.
function parseAssignment(lx: Lexer, t: Token): Assignment {
  if (t.text === 'PROVIDE' || t.text === 'PROVIDE_HIDDEN' || t.text === 'HIDDEN') {
    expect(lx, '(');
    const name = lx.next('expr');
    if (name.kind !== 'name') lx.error(`expected a symbol name in ${t.text}`, name.line);
    expect(lx, '=');
    const expr = parseExpr(lx);
    expect(lx, ')');
    endStatement(lx);
    return {
      kind: 'assign',
      name: name.text,
      op: '=',
      expr,
      provide: t.text !== 'HIDDEN',
      hidden: t.text !== 'PROVIDE',
      line: t.line,
    };
  }
  const op = lx.next('expr');
  if (!ASSIGN_OPS.has(op.text))
    lx.error(`expected an assignment after '${t.text}', found '${op.text}'`, op.line);
  const expr = parseExpr(lx);
  endStatement(lx);
  return {
    kind: 'assign',
    name: t.text,
    op: op.text,
    expr,
    provide: false,
    hidden: false,
    line: t.line,
  };
}

// GNU ld wants ';' after assignments; it tolerates its absence before '}'.
function endStatement(lx: Lexer): void {
  const t = lx.peek('expr');
  if (t.text === ';') lx.next();
  else if (t.text !== '}') lx.error(`expected ';' before '${t.text}'`, t.line);
}

function parseAssert(lx: Lexer, line: number): AssertStmt {
  expect(lx, '(');
  const expr = parseExpr(lx);
  expect(lx, ',');
  const msg = lx.next('wild');
  expect(lx, ')');
  if (lx.peek().text === ';') lx.next();
  return { kind: 'assert', expr, message: msg.text, line };
}

function parseSections(lx: Lexer): SectionsCommand[] {
  expect(lx, '{');
  const out: SectionsCommand[] = [];
  for (;;) {
    const t = lx.next('wild');
    if (t.text === '}' && !t.quoted) return out;
    if (t.kind === 'eof') lx.error("missing '}' at the end of SECTIONS", t.line);
    if (t.text === ';') continue;
    if (t.kind !== 'name') lx.error(`unexpected '${t.text}' in SECTIONS`, t.line);
    if (t.text === 'ASSERT') out.push(parseAssert(lx, t.line));
    else if (t.text === 'ENTRY') lx.error('ENTRY belongs outside SECTIONS', t.line);
    else if (UNSUPPORTED.has(t.text)) lx.error(`${t.text} is not supported by this linker`, t.line);
    else if (isAssignmentStart(lx, t)) out.push(parseAssignment(lx, t));
    else out.push(parseOutputSection(lx, t));
  }
}

function isAssignmentStart(lx: Lexer, t: Token): boolean {
  if (t.text === 'PROVIDE' || t.text === 'PROVIDE_HIDDEN' || t.text === 'HIDDEN') return true;
  return ASSIGN_OPS.has(lx.peek('expr').text);
}

function parseOutputSection(lx: Lexer, t: Token): OutputSection {
  let address: Expr | null = null;
  let noload = false;
  let next = lx.peek('expr');
  if (next.text === '(' && lx.looksAt(/^\(\s*(NOLOAD|COPY|INFO|DSECT|READONLY)\s*\)/)) {
    lx.next();
    noload = lx.next('wild').text === 'NOLOAD';
    expect(lx, ')');
  } else if (next.text !== ':') {
    address = parseExpr(lx);
    next = lx.peek('expr');
    if (next.text === '(') {
      lx.next();
      noload = lx.next('wild').text === 'NOLOAD';
      expect(lx, ')');
    }
  }
  expect(lx, ':');
  let at: Expr | null = null,
    align: Expr | null = null,
    subalign: Expr | null = null;
  for (
    let k = lx.peek('wild');
    k.text === 'AT' || k.text === 'ALIGN' || k.text === 'SUBALIGN';
    k = lx.peek('wild')
  ) {
    lx.next('wild');
    expect(lx, '(');
    const e = parseExpr(lx);
    expect(lx, ')');
    if (k.text === 'AT') at = e;
    else if (k.text === 'ALIGN') align = e;
    else subalign = e;
  }
  expect(lx, '{');
  const commands = parseOutputCommands(lx);
  let fill: Expr | null = null;
  for (let k = lx.peek('wild'); ; k = lx.peek('wild')) {
    if (k.text === '=') {
      lx.next();
      fill = parseExpr(lx);
    } else if (k.text === '>' || k.text === 'AT')
      lx.error('memory regions (> REGION, AT> REGION) are not supported', k.line);
    else if (k.text === ':') lx.error('program headers (:PHDR) are not supported', k.line);
    else if (k.text === ',') lx.next();
    else break;
  }
  return {
    kind: 'output',
    name: t.text,
    address,
    noload,
    at,
    align,
    subalign,
    commands,
    fill,
    line: t.line,
  };
}

function parseOutputCommands(lx: Lexer): OutputCommand[] {
  const out: OutputCommand[] = [];
  for (;;) {
    const t = lx.next('wild');
    if (t.text === '}' && !t.quoted) return out;
    if (t.kind === 'eof') lx.error("missing '}' at the end of an output section", t.line);
    if (t.text === ';') continue;
    if (t.kind !== 'name') lx.error(`unexpected '${t.text}' in an output section`, t.line);
    if (t.text in DATA_WIDTH) out.push(parseData(lx, t));
    else if (t.text === 'ASSERT') out.push(parseAssert(lx, t.line));
    else if (t.text === 'FILL')
      lx.error('FILL is not supported; use = FILLEXP after the section', t.line);
    else if (t.text === 'CREATE_OBJECT_SYMBOLS' || t.text === 'CONSTRUCTORS') continue;
    else if (isAssignmentStart(lx, t)) out.push(parseAssignment(lx, t));
    else if (t.text === 'KEEP') {
      expect(lx, '(');
      const inner = lx.next('wild');
      out.push(parseInputSpec(lx, inner, true));
      expect(lx, ')');
    } else out.push(parseInputSpec(lx, t, false));
  }
}

function parseData(lx: Lexer, t: Token): DataStmt {
  expect(lx, '(');
  const expr = parseExpr(lx);
  expect(lx, ')');
  if (lx.peek().text === ';') lx.next();
  return { kind: 'data', width: DATA_WIDTH[t.text], expr, line: t.line };
}

/// `FILE(SECTIONS...)`, `EXCLUDE_FILE(a b) *(...)`, `*(SORT(.x.*) .y)`, or a bare file name.
function parseInputSpec(lx: Lexer, first: Token, keep: boolean): InputSpec {
  let file = first.text;
  const excludeFiles: string[] = [];
  if (file === 'EXCLUDE_FILE' && !first.quoted) {
    excludeFiles.push(...nameList(lx));
    file = lx.next('wild').text;
  }
  if (file === 'SORT' || file === 'SORT_BY_NAME') {
    expect(lx, '(');
    file = lx.next('wild').text;
    expect(lx, ')');
  }
  const sections: { pattern: string; sort: boolean }[] = [];
  if (lx.peek('wild').text !== '(') {
    return {
      kind: 'input',
      file,
      excludeFiles,
      sections: [{ pattern: '*', sort: false }],
      keep,
      line: first.line,
    };
  }
  lx.next();
  for (;;) {
    const t = lx.next('wild');
    if (t.text === ')' && !t.quoted) break;
    if (t.kind !== 'name') lx.error(`expected a section name or ')', found '${t.text}'`, t.line);
    if (/^SORT(_BY_NAME|_BY_ALIGNMENT|_NONE|_BY_INIT_PRIORITY)?$/.test(t.text)) {
      for (const p of nameList(lx)) sections.push({ pattern: p, sort: t.text !== 'SORT_NONE' });
    } else if (t.text === 'EXCLUDE_FILE')
      lx.error('EXCLUDE_FILE inside a section list is not supported', t.line);
    else sections.push({ pattern: t.text, sort: false });
  }
  return { kind: 'input', file, excludeFiles, sections, keep, line: first.line };
}

// `( name name ... )`, flattening one nested SORT(...) as GNU allows SORT(SORT(x)).
function nameList(lx: Lexer): string[] {
  expect(lx, '(');
  const out: string[] = [];
  for (;;) {
    const t = lx.next('wild');
    if (t.text === ')' && !t.quoted) return out;
    if (t.kind !== 'name') lx.error(`expected a name or ')', found '${t.text}'`, t.line);
    if (/^SORT/.test(t.text) && lx.peek('wild').text === '(') out.push(...nameList(lx));
    else out.push(t.text);
  }
}
