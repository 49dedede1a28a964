// The linker-script parser and evaluator on their own: the grammar subset, ld's number forms,
// expression sections, and located syntax errors.
import { describe, expect, it } from 'vitest';
import { evaluate, type EvalContext } from '../../../build/link/eval.ts';
import { OutSection } from '../../../build/link/model.ts';
import { parseExpr } from '../../../build/link/script/expr-parser.ts';
import { Lexer, ScriptError } from '../../../build/link/script/lexer.ts';
import { parseScript } from '../../../build/link/script/parser.ts';

function ctx(symbols: Record<string, number> = {}, dot = 0x1000): EvalContext {
  const text = new OutSection('.text', 0);
  text.addr = 0xc0100000;
  text.size = 0x200;
  text.lma = 0x100000;
  return {
    dot: () => ({ v: dot, sec: null, num: false }),
    symbol: (n) => (n in symbols ? { v: symbols[n], sec: null, num: false } : undefined),
    section: (n) => (n === '.text' ? text : undefined),
    defined: (n) => n in symbols,
    headersSize: () => 0x74,
    inSection: () => true,
    unresolved: () => 0xdead,
  };
}
const value = (src: string, c = ctx()) => evaluate(parseExpr(new Lexer('t.ld', src)), c).v;

describe('linker-script expressions', () => {
  it('reads ld number forms and applies C precedence', () => {
    expect(value('0x10 + 2 * 3')).toBe(0x16);
    expect(value('4K + 1M')).toBe(4096 + 1048576);
    expect(value('010')).toBe(8);
    expect(value('(1 << 12) - 1 & ~0xf')).toBe(0xff0);
    expect(value('0x10 > 4 ? 7 : 9')).toBe(7);
    expect(value('-1')).toBe(0xffffffff);
  });

  it('evaluates ld built-ins', () => {
    expect(value('ALIGN(0x1000)', ctx({}, 0x1001))).toBe(0x2000);
    expect(value('ALIGN(0x1003, 16)')).toBe(0x1010);
    expect(value('ADDR(.text) - 0xC0000000')).toBe(0x100000);
    expect(value('LOADADDR(.text) + SIZEOF(.text)')).toBe(0x100200);
    expect(value('MAX(3, 9) + MIN(3, 9) + SIZEOF_HEADERS')).toBe(12 + 0x74);
    expect(value('DEFINED(x) ? x : 5', ctx({ x: 42 }))).toBe(42);
    expect(value('DEFINED(y) ? y : 5')).toBe(5);
    expect(value('CONSTANT(MAXPAGESIZE)')).toBe(0x1000);
  });

  it('reports an undefined symbol through the context', () => {
    expect(value('nope + 1')).toBe(0xdeae);
  });
});

describe('linker-script parser', () => {
  it('parses a kernel-style script', () => {
    const s = parseScript(
      'k.ld',
      `OUTPUT_FORMAT("elf32-i386", "elf32-i386", "elf32-i386")
      OUTPUT_ARCH(i386) ENTRY(phys_startup_32)
      SECTIONS {
        . = 0xC0100000;
        .text : AT(ADDR(.text) - 0xC0000000) { *(.text.head) *(.text .text.*) KEEP(*(SORT(.initcall*))) } = 0x90
        .bss (NOLOAD) : ALIGN(4096) { *(.bss) *(COMMON) }
        PROVIDE(end = .);
        /DISCARD/ : { *(.exit.text) }
      }`,
    );
    expect(s.entry).toBe('phys_startup_32');
    const sections = s.top.find((t) => t.kind === 'sections')!;
    expect(
      sections.kind === 'sections' &&
        sections.commands.map((c) => (c.kind === 'output' ? c.name : c.kind)),
    ).toEqual(['assign', '.text', '.bss', 'assign', '/DISCARD/']);
  });

  it('locates syntax errors at script:line', () => {
    const bad = (src: string) => {
      try {
        parseScript('bad.ld', src);
      } catch (e) {
        return e instanceof ScriptError ? e.located : String(e);
      }
      return 'no error';
    };
    expect(bad('SECTIONS {\n  .text : { *(.text) \n  . = ALIGN(4;\n}')).toBe(
      "bad.ld:3: syntax error: expected ',' or ')' in ALIGN(), found ';'",
    );
    expect(bad('SECTIONS {\n .a : { }\n')).toMatch(/^bad\.ld:3: syntax error: missing '}'/);
    expect(bad('MEMORY { ram : ORIGIN = 0 }')).toBe(
      'bad.ld:1: syntax error: MEMORY is not supported by this linker',
    );
    expect(bad('x = 09;')).toBe("bad.ld:1: syntax error: bad octal number '09'");
    expect(bad('/* unterminated')).toMatch(/unterminated comment/);
  });
});
