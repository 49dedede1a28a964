import { StringStream } from '@codemirror/language';
import { describe, expect, it } from 'vitest';
import { makefile, type MakeState } from '../../../renderer/editor/makefile-mode.ts';

/// Runs the stream mode over `text` and returns [token text, style] pairs (whitespace skipped).
function tokens(text: string): [string, string | null][] {
  const state: MakeState = makefile.startState!(4);
  const out: [string, string | null][] = [];
  for (const line of text.split('\n')) {
    const stream = new StringStream(line, 4, 4);
    while (!stream.eol()) {
      const style = makefile.token(stream, state);
      const tok = stream.current();
      if (tok.trim()) out.push([tok, style]);
      stream.start = stream.pos;
    }
  }
  return out;
}

describe('Makefile mode', () => {
  it('styles Kbuild assignments', () => {
    expect(tokens('obj-y := MyPrintK.o')).toEqual([
      ['obj-y', 'def'],
      [':=', 'operator'],
      ['MyPrintK.o', null],
    ]);
    expect(tokens('core-y += MyPrintK/')[0]).toEqual(['core-y', 'def']);
  });

  it('styles comments, directives, references and functions', () => {
    expect(tokens('# the lab')).toEqual([['# the lab', 'comment']]);
    expect(tokens('ifeq ($(CC),gcc)')).toEqual([
      ['ifeq', 'keyword'],
      ['(', null],
      ['$(CC)', 'variable-2'],
      [',gcc)', null],
    ]);
    expect(tokens('x := $(patsubst %.c,%.o,$(SRC))')).toContainEqual(['$(patsubst', 'builtin']);
  });

  it('styles rule targets and recipe lines', () => {
    const t = tokens('vmlinux: $(OBJS)\n\t$(LD) -o $@ $^');
    expect(t[0]).toEqual(['vmlinux', 'atom']);
    expect(t).toContainEqual(['$(LD)', 'variable-2']);
    expect(t).toContainEqual(['$@', 'variable-2']);
    // a recipe line is not an assignment even if it contains '='
    expect(tokens('\techo a=b')).not.toContainEqual(['=', 'operator']);
  });

  it('continues a logical line after a backslash', () => {
    const t = tokens('obj-y := a.o \\\n\tb.o');
    expect(t).toContainEqual(['\\', 'meta']);
    expect(t.at(-1)).toEqual(['b.o', null]);
  });
});
