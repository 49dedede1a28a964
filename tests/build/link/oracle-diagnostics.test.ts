// Error messages against GNU ld's own wording on the same inputs: undefined references (with the
// function and source GNU ld names), multiple definitions with both places, script syntax errors.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { oracleAvailable } from '../../support/oracle.ts';
import { compile, ours, runStatus, tempDir } from './helpers.ts';

const ok = oracleAvailable('ld', 'gcc');

/// GNU ld's error lines without the `ld: ` prefix and the warnings.
function gnuErrors(args: string[], cwd: string): string[] {
  const r = runStatus('ld', ['-m', 'elf_i386', ...args], cwd);
  expect(r.status).not.toBe(0);
  return r.stderr
    .split('\n')
    .filter((l) => l && !/warning|NOTE:/.test(l))
    .map((l) => l.replace(/^ld: ?/, ''));
}

function ourErrors(result: ReturnType<typeof ours>): string[] {
  expect(result.ok).toBe(false);
  return result.diagnostics
    .filter((d) => d.severity === 'error')
    .flatMap((d) => d.text.split('\n'));
}

describe.skipIf(!ok)('diagnostics worded like GNU ld', () => {
  let dir = '';
  beforeAll(() => {
    dir = tempDir('ldiag');
    writeFileSync(
      join(dir, 'MyPrintK.c'),
      'long sys_MyPrintK(const char *s);\nlong call(void) {\n  return sys_MyPrintK("hi");\n}\nlong (*const tab[])(const char *) = { sys_MyPrintK };\n',
    );
    writeFileSync(join(dir, 'one.c'), 'int shared = 1;\nint f(void) { return 1; }\n');
    writeFileSync(join(dir, 'two.c'), 'int shared = 2;\nint f(void) { return 2; }\n');
    writeFileSync(
      join(dir, 'bad.lds'),
      'SECTIONS\n{\n  .text : { *(.text) }\n  . = ALIGN(0x1000;\n  .data : { *(.data) }\n}\n',
    );
  });

  it('reports an undefined reference with the object, function and section offset', () => {
    const obj = compile(dir, join(dir, 'MyPrintK.c'));
    const theirs = gnuErrors(['-e', 'call', '-o', join(dir, 'x'), 'MyPrintK.o'], dir);
    const r = ours({ mode: 'executable', entry: 'call', inputs: [obj] });
    expect(ourErrors(r)).toEqual(theirs);
    const d = r.diagnostics.find((x) => x.kind === 'undefined-reference')!;
    expect(d.symbol).toBe('sys_MyPrintK');
    expect(d.function).toBe('call');
    expect(d.section).toBe('.text');
  });

  for (const debug of ['-g', '-gstabs']) {
    it(`names the source line of an undefined reference in an object built with ${debug}`, () => {
      const obj = compile(dir, join(dir, 'MyPrintK.c'), [debug, '-O0']);
      const theirs = gnuErrors(['-e', 'call', '-o', join(dir, 'x'), 'MyPrintK.o'], dir);
      const r = ours({ mode: 'executable', entry: 'call', inputs: [obj] });
      // The reference from code is named by its line; for the one from data (`tab`) GNU ld also
      // consults the variable's debug entry, which we do not: compare the code one.
      expect(ourErrors(r).slice(0, 2)).toEqual(theirs.slice(0, 2));
      expect(r.diagnostics[0]).toMatchObject({
        line: 3,
        kind: 'undefined-reference',
        function: 'call',
      });
      expect(r.diagnostics[0].file).toMatch(/MyPrintK\.c$/);
    });
  }

  it('reports a multiple definition with both places, in a final and in a partial link', () => {
    const a = compile(dir, join(dir, 'one.c'));
    const b = compile(dir, join(dir, 'two.c'));
    const theirs = gnuErrors(['-r', '-o', join(dir, 'y.o'), 'one.o', 'two.o'], dir);
    const r = ours({ mode: 'relocatable', inputs: [a, b] });
    expect(ourErrors(r)).toEqual(theirs);
    expect(r.diagnostics.map((d) => d.symbol)).toEqual(['f', 'shared']);
  });

  it('words assembly-level references and truncated relocations like GNU ld', () => {
    writeFileSync(
      join(dir, 'refs.S'),
      '\t.text\n\t.globl _start\n_start:\n\tcall missing_fn\n\t.long missing_data\n\tmovw $big, %ax\n\tmovb $big, %al\n\t.data\n\t.space 0x20000\n\t.globl big\nbig: .long 0\n\t.section .note.GNU-stack,"",@progbits\n',
    );
    const obj = compile(dir, join(dir, 'refs.S'));
    const r = ours({ mode: 'executable', inputs: [obj] });
    const theirs = runStatus('ld', ['-m', 'elf_i386', '-o', join(dir, 'refs'), 'refs.o'], dir)
      .stderr.split('\n')
      .filter(Boolean)
      .map((l) => l.replace(/^ld: ?/, ''));
    expect(ourErrors(r)).toEqual(theirs);
  });

  it('rejects references into /DISCARD/ed sections like GNU ld', () => {
    writeFileSync(
      join(dir, 'exit.S'),
      '\t.text\n\t.globl _start\n_start:\n\tcall exit_fn\n\tcall local_exit\n\t.section .exit.text,"ax",@progbits\n\t.globl exit_fn\nexit_fn: ret\nlocal_exit: ret\n\t.section .note.GNU-stack,"",@progbits\n',
    );
    writeFileSync(
      join(dir, 'exit.lds'),
      'SECTIONS { .text : { *(.text) } /DISCARD/ : { *(.exit.text) } }\n',
    );
    const obj = compile(dir, join(dir, 'exit.S'));
    const theirs = gnuErrors(['-T', 'exit.lds', '-o', join(dir, 'exit'), 'exit.o'], dir);
    const r = ours({ mode: 'executable', inputs: [obj] }, join(dir, 'exit.lds'));
    expect(ourErrors(r)).toEqual(theirs);
    expect(r.diagnostics.map((d) => d.kind)).toEqual(['discarded-section', 'discarded-section']);
  });

  it('locates a script syntax error at script:line', () => {
    const obj = join(dir, 'one.o');
    const theirs = gnuErrors(['-T', 'bad.lds', '-o', join(dir, 'z'), obj], dir);
    const r = ours({ mode: 'executable', inputs: [obj] }, join(dir, 'bad.lds'));
    expect(ourErrors(r)).toEqual(theirs);
    expect(r.diagnostics[0]).toMatchObject({ file: 'bad.lds', line: 4, kind: 'script-syntax' });
  });
});
