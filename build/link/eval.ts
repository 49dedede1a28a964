// Linker-script expression evaluation with GNU ld's notion of an expression's section: a value is
// a plain number, an absolute address, or an address relative to an output section. The section
// decides what a script-defined symbol's st_shndx becomes (and so its letter in System.map).
import type { Expr } from './script/ast.ts';
import type { OutSection } from './model.ts';
import { PAGE_SIZE } from '../elf/constants.ts';

/// An evaluated expression. `v` is always the full 32-bit address or number; `sec` is the section
/// a relative value belongs to; `num` marks plain numbers (literals and their arithmetic).
export interface Value {
  readonly v: number;
  readonly sec: OutSection | null;
  readonly num: boolean;
}

/// What evaluation needs from the layout.
export interface EvalContext {
  /// The location counter as a value (relative inside an output section).
  dot(line: number): Value;
  /// A symbol's value; `undefined` if it is not (yet) defined.
  symbol(name: string): Value | undefined;
  /// An output section by name; undefined when the script has none.
  section(name: string): OutSection | undefined;
  /// True when DEFINED(name) holds at this point.
  defined(name: string): boolean;
  /// Size of the ELF and program headers (SIZEOF_HEADERS).
  headersSize(): number;
  /// True inside an output section's braces (where numbers are offsets, not addresses).
  inSection(): boolean;
  /// Called for a forward reference or an error; returns the value to use (0 in early passes).
  unresolved(message: string, line: number): number;
}

const num = (v: number): Value => ({ v: v >>> 0, sec: null, num: true });
const abs = (v: number): Value => ({ v: v >>> 0, sec: null, num: false });

/// Evaluates `e` in `ctx`.
export function evaluate(e: Expr, ctx: EvalContext): Value {
  switch (e.kind) {
    case 'num':
      // Outside output sections GNU ld treats numbers as absolute addresses.
      return ctx.inSection() ? num(e.value) : abs(e.value);
    case 'dot':
      return ctx.dot(e.line);
    case 'sym': {
      const v = ctx.symbol(e.name);
      return (
        v ?? abs(ctx.unresolved(`undefined symbol \`${e.name}' referenced in expression`, e.line))
      );
    }
    case 'unary': {
      const a = evaluate(e.arg, ctx);
      const r =
        e.op === '-' ? -a.v : e.op === '~' ? ~a.v : e.op === '!' ? (a.v === 0 ? 1 : 0) : a.v;
      return a.num ? num(r) : abs(r);
    }
    case 'binary':
      return binary(e.op, evaluate(e.left, ctx), evaluate(e.right, ctx));
    case 'cond':
      return evaluate(e.test, ctx).v !== 0 ? evaluate(e.then, ctx) : evaluate(e.else, ctx);
    case 'call':
      return call(e, ctx);
  }
}

/// The one symbol `e` reads, counting each occurrence and only the branch a condition takes
/// (`.`, DEFINED() and section names are not symbol reads); null when it reads none or several.
/// GNU ld gives a symbol assigned such an expression that symbol's type (FUNC, OBJECT...).
export function soleSymbol(e: Expr, ctx: EvalContext): string | null {
  const names: string[] = [];
  const visit = (x: Expr): void => {
    if (names.length > 1) return;
    if (x.kind === 'sym') names.push(x.name);
    else if (x.kind === 'unary') visit(x.arg);
    else if (x.kind === 'binary') {
      visit(x.left);
      visit(x.right);
    } else if (x.kind === 'cond') {
      visit(x.test);
      visit(evaluate(x.test, ctx).v !== 0 ? x.then : x.else);
    } else if (x.kind === 'call') x.args.forEach(visit);
  };
  visit(e);
  return names.length === 1 ? names[0] : null;
}

/// Applies a binary operator to two 32-bit values (C semantics; division by 0 gives 0).
export function arith(op: string, a: number, b: number): number {
  switch (op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return Math.imul(a, b);
    case '/':
      return b === 0 ? 0 : Math.floor(a / b);
    case '%':
      return b === 0 ? 0 : a % b;
    case '<<':
      return a << (b & 31);
    case '>>':
      return a >>> (b & 31);
    case '&':
      return a & b;
    case '|':
      return a | b;
    case '^':
      return a ^ b;
    case '==':
      return +(a === b);
    case '!=':
      return +(a !== b);
    case '<':
      return +(a < b);
    case '<=':
      return +(a <= b);
    case '>':
      return +(a > b);
    case '>=':
      return +(a >= b);
    case '&&':
      return +(a !== 0 && b !== 0);
    case '||':
      return +(a !== 0 || b !== 0);
  }
  return 0;
}

const COMPARE = new Set(['==', '!=', '<', '<=', '>', '>=', '&&', '||']);

// GNU ld's rules: relative op number applies to the offset and stays relative; two addresses in
// the same section subtract to a number; anything else is converted to absolute first.
function binary(op: string, a: Value, b: Value): Value {
  const r = arith(op, a.v, b.v) >>> 0;
  if (COMPARE.has(op)) return num(r);
  if (a.num && b.num) return num(r);
  if (a.sec && b.num && (op === '+' || op === '-')) return { v: r, sec: a.sec, num: false };
  if (a.num && b.sec && op === '+') return { v: r, sec: b.sec, num: false };
  if (a.sec && b.num) {
    const off = arith(op, a.v - a.sec.addr, b.v);
    return { v: (a.sec.addr + off) >>> 0, sec: a.sec, num: false };
  }
  if (a.sec && b.sec && a.sec === b.sec && op === '-') return num(r);
  return abs(r);
}

function alignUp(v: number, a: number): number {
  if (a <= 1) return v >>> 0;
  return (Math.ceil(v / a) * a) >>> 0;
}

function call(e: Extract<Expr, { kind: 'call' }>, ctx: EvalContext): Value {
  const arg = (i: number): Value => evaluate(e.args[i], ctx);
  switch (e.fn) {
    case 'ALIGN':
    case 'BLOCK':
    case 'NEXT': {
      if (e.args.length === 2) {
        const base = arg(0);
        return { ...base, v: alignUp(base.v, arg(1).v) };
      }
      const dot = ctx.dot(e.line);
      return { ...dot, v: alignUp(dot.v, arg(0).v) };
    }
    case 'ABSOLUTE':
      return abs(arg(0).v);
    case 'MAX':
    case 'MIN': {
      const a = arg(0),
        b = arg(1);
      return (e.fn === 'MAX' ? a.v >= b.v : a.v <= b.v) ? a : b;
    }
    case 'LOG2CEIL':
      return num(Math.ceil(Math.log2(Math.max(1, arg(0).v))));
    case 'DATA_SEGMENT_ALIGN':
      return { ...ctx.dot(e.line), v: alignUp(ctx.dot(e.line).v, arg(0).v) };
    case 'DATA_SEGMENT_END':
    case 'DATA_SEGMENT_RELRO_END':
      return arg(e.args.length - 1);
    case 'SIZEOF_HEADERS':
      return num(ctx.headersSize());
    case 'DEFINED':
      return num(ctx.defined(e.name!) ? 1 : 0);
    case 'SEGMENT_START':
      return arg(0);
    case 'CONSTANT':
      if (e.name === 'MAXPAGESIZE' || e.name === 'COMMONPAGESIZE') return num(PAGE_SIZE);
      return num(ctx.unresolved(`unknown constant \`${e.name}' referenced in expression`, e.line));
  }
  const sec = ctx.section(e.name!);
  if (!sec)
    return num(ctx.unresolved(`undefined section \`${e.name}' referenced in expression`, e.line));
  switch (e.fn) {
    case 'ADDR':
      return { v: sec.addr, sec, num: false };
    case 'LOADADDR':
      return abs(sec.lma);
    case 'SIZEOF':
      return num(sec.size);
    default:
      return num(sec.align);
  }
}
