// Linker-script expressions: C precedence over numbers, symbols, `.` and ld's built-in functions.
import type { Expr } from './ast.ts';
import type { Lexer } from './lexer.ts';

const BINARY_LEVELS: readonly (readonly string[])[] = [
  ['||'],
  ['&&'],
  ['|'],
  ['^'],
  ['&'],
  ['==', '!='],
  ['<', '<=', '>', '>='],
  ['<<', '>>'],
  ['+', '-'],
  ['*', '/', '%'],
];
/// Functions taking a section name rather than an expression.
const SECTION_FNS = new Set(['ADDR', 'LOADADDR', 'SIZEOF', 'ALIGNOF']);
const KNOWN_FNS = new Set([
  'ALIGN',
  'BLOCK',
  'NEXT',
  'ABSOLUTE',
  'DEFINED',
  'MAX',
  'MIN',
  'CONSTANT',
  'LOG2CEIL',
  'DATA_SEGMENT_ALIGN',
  'DATA_SEGMENT_END',
  'DATA_SEGMENT_RELRO_END',
  'SEGMENT_START',
  ...SECTION_FNS,
]);

/// Parses one expression at the lexer's cursor.
export function parseExpr(lx: Lexer): Expr {
  const test = binary(lx, 0);
  if (lx.peek().text !== '?') return test;
  lx.next();
  const then = parseExpr(lx);
  const colon = lx.next();
  if (colon.text !== ':')
    lx.error(`expected ':' in a conditional, found '${colon.text}'`, colon.line);
  return { kind: 'cond', test, then, else: parseExpr(lx) };
}

function binary(lx: Lexer, level: number): Expr {
  if (level === BINARY_LEVELS.length) return unary(lx);
  let left = binary(lx, level + 1);
  for (;;) {
    const t = lx.peek();
    if (t.kind !== 'punct' || !BINARY_LEVELS[level].includes(t.text)) return left;
    lx.next();
    left = { kind: 'binary', op: t.text, left, right: binary(lx, level + 1) };
  }
}

function unary(lx: Lexer): Expr {
  const t = lx.peek();
  if (
    t.kind === 'punct' &&
    (t.text === '-' || t.text === '~' || t.text === '!' || t.text === '+')
  ) {
    lx.next();
    return { kind: 'unary', op: t.text, arg: unary(lx) };
  }
  return primary(lx);
}

function primary(lx: Lexer): Expr {
  const t = lx.next();
  if (t.kind === 'num') return { kind: 'num', value: t.value };
  if (t.text === '(' && t.kind === 'punct') {
    const e = parseExpr(lx);
    const close = lx.next();
    if (close.text !== ')') lx.error(`expected ')' before '${close.text}'`, close.line);
    return e;
  }
  if (t.kind !== 'name') lx.error(`expected an expression before '${t.text}'`, t.line);
  if (t.text === '.' && !t.quoted) return { kind: 'dot', line: t.line };
  if (t.text === 'SIZEOF_HEADERS' || t.text === 'sizeof_headers')
    return { kind: 'call', fn: 'SIZEOF_HEADERS', args: [], line: t.line };
  if (!t.quoted && KNOWN_FNS.has(t.text) && lx.peek().text === '(') return call(lx, t.text, t.line);
  if (!t.quoted && /^[A-Z_]+$/.test(t.text) && lx.peek().text === '(')
    lx.error(`unknown function ${t.text}()`, t.line);
  return { kind: 'sym', name: t.text, line: t.line };
}

function call(lx: Lexer, fn: string, line: number): Expr {
  lx.next();
  if (SECTION_FNS.has(fn) || fn === 'CONSTANT' || fn === 'DEFINED' || fn === 'SEGMENT_START') {
    const name = lx.next(fn === 'DEFINED' ? 'expr' : 'wild');
    if (name.kind !== 'name') lx.error(`${fn}() needs a name`, name.line);
    const args: Expr[] = [];
    if (fn === 'SEGMENT_START') {
      const comma = lx.next();
      if (comma.text !== ',') lx.error("expected ',' in SEGMENT_START", comma.line);
      args.push(parseExpr(lx));
    }
    const close = lx.next();
    if (close.text !== ')') lx.error(`expected ')' after ${fn}(${name.text}`, close.line);
    return { kind: 'call', fn, args, name: name.text, line };
  }
  const args: Expr[] = [parseExpr(lx)];
  for (let t = lx.next(); t.text !== ')'; t = lx.next()) {
    if (t.text !== ',') lx.error(`expected ',' or ')' in ${fn}(), found '${t.text}'`, t.line);
    args.push(parseExpr(lx));
  }
  return { kind: 'call', fn, args, line };
}
