// The linker-script tokenizer. GNU ld's lexer changes what counts as a name with context (a
// section wildcard may contain `*`, `-` or `/`, an expression may not), so the parser asks for
// each token in the mode it expects.
import { LocatedError } from '../../elf/errors.ts';

/// A syntax or evaluation error in a linker script, located at script:line.
export class ScriptError extends LocatedError {}

/// A token: `name` (identifier, wildcard or quoted string), `num`, or `punct` (operator).
export interface Token {
  readonly kind: 'name' | 'num' | 'punct' | 'eof';
  readonly text: string;
  readonly value: number;
  readonly line: number;
  readonly quoted: boolean;
}

const EXPR_START = /[A-Za-z_.$]/;
const EXPR_CHAR = /[A-Za-z0-9_.$]/;
const WILD_CHAR = /[A-Za-z0-9_.$*?[\]\-/\\~!^+]/;
const PUNCTS = [
  '<<=',
  '>>=',
  '<<',
  '>>',
  '<=',
  '>=',
  '==',
  '!=',
  '&&',
  '||',
  '+=',
  '-=',
  '*=',
  '/=',
  '&=',
  '|=',
  '(',
  ')',
  '{',
  '}',
  ';',
  ',',
  ':',
  '=',
  '+',
  '-',
  '*',
  '/',
  '%',
  '&',
  '|',
  '^',
  '~',
  '!',
  '<',
  '>',
  '?',
];

/// A cursor over the script text.
export class Lexer {
  private pos = 0;
  private lineNo = 1;

  constructor(
    readonly file: string,
    private readonly src: string,
  ) {}

  /// The current line (of the next token).
  get line(): number {
    this.skipSpace();
    return this.lineNo;
  }

  /// Throws a located syntax error; `detail` is shown after GNU ld's `syntax error`.
  error(detail: string, line = this.lineNo): never {
    throw new ScriptError(`syntax error: ${detail}`, this.file, line);
  }

  private skipSpace(): void {
    const s = this.src;
    while (this.pos < s.length) {
      const c = s[this.pos];
      if (c === '\n') {
        this.lineNo++;
        this.pos++;
      } else if (c === ' ' || c === '\t' || c === '\r' || c === '\f' || c === '\v') this.pos++;
      else if (c === '/' && s[this.pos + 1] === '*') {
        const end = s.indexOf('*/', this.pos + 2);
        if (end < 0) this.error('unterminated comment');
        for (let i = this.pos; i < end; i++) if (s[i] === '\n') this.lineNo++;
        this.pos = end + 2;
      } else break;
    }
  }

  /// True when the raw text at the cursor (after blanks) matches `re`: tells `(NOLOAD)` apart from
  /// a parenthesised address, which tokens alone cannot.
  looksAt(re: RegExp): boolean {
    this.skipSpace();
    return re.test(this.src.slice(this.pos, this.pos + 64));
  }

  /// Returns the next token without consuming it.
  peek(mode: 'expr' | 'wild' = 'expr'): Token {
    const save = this.pos,
      saveLine = this.lineNo;
    const t = this.next(mode);
    this.pos = save;
    this.lineNo = saveLine;
    return t;
  }

  /// Consumes and returns the next token, lexed in `mode`.
  next(mode: 'expr' | 'wild' = 'expr'): Token {
    this.skipSpace();
    const s = this.src,
      line = this.lineNo;
    if (this.pos >= s.length)
      return { kind: 'eof', text: '<end of file>', value: 0, line, quoted: false };
    const c = s[this.pos];
    if (c === '"') {
      const end = s.indexOf('"', this.pos + 1);
      if (end < 0 || s.slice(this.pos, end).includes('\n')) this.error('unterminated string');
      const text = s.slice(this.pos + 1, end);
      this.pos = end + 1;
      return { kind: 'name', text, value: 0, line, quoted: true };
    }
    if (mode === 'expr' && /[0-9]/.test(c)) return this.number(line);
    if (
      mode === 'wild'
        ? WILD_CHAR.test(c) && !(c === '/' && s[this.pos + 1] === '*')
        : EXPR_START.test(c)
    ) {
      const re = mode === 'wild' ? WILD_CHAR : EXPR_CHAR;
      let end = this.pos + 1;
      while (end < s.length && re.test(s[end]) && !(s[end] === '/' && s[end + 1] === '*')) end++;
      const text = s.slice(this.pos, end);
      this.pos = end;
      return { kind: 'name', text, value: 0, line, quoted: false };
    }
    for (const p of PUNCTS) {
      if (s.startsWith(p, this.pos)) {
        this.pos += p.length;
        return { kind: 'punct', text: p, value: 0, line, quoted: false };
      }
    }
    this.error(`unexpected character '${c}'`);
  }

  // ld's numbers: 0x hex, leading 0 octal, decimal, optional K or M suffix (or trailing h for hex).
  private number(line: number): Token {
    const m = /^(0[xX][0-9a-fA-F]+|[0-9][0-9a-fA-F]*[hH]|[0-9]+)([KkMm])?(?![A-Za-z0-9_])/.exec(
      this.src.slice(this.pos, this.pos + 40),
    );
    if (!m) this.error(`bad number '${this.src.slice(this.pos, this.pos + 12).split(/\s/)[0]}'`);
    const body = m[1];
    let value: number;
    if (/^0[xX]/.test(body)) value = parseInt(body.slice(2), 16);
    else if (/[hH]$/.test(body)) value = parseInt(body.slice(0, -1), 16);
    else if (body.length > 1 && body[0] === '0') {
      if (/[89]/.test(body)) this.error(`bad octal number '${body}'`);
      value = parseInt(body, 8);
    } else value = parseInt(body, 10);
    if (m[2]) value *= /[Kk]/.test(m[2]) ? 1024 : 1024 * 1024;
    this.pos += m[0].length;
    return { kind: 'num', text: m[0], value: value >>> 0, line, quoted: false };
  }
}
