import { beforeAll, describe, expect, it } from 'vitest';
import {
  explainDiagnostics,
  parseTccOutput,
  renderDiagnostic,
  type Diagnostic,
} from '../../../build/diagnostics/index.ts';
import type { TccHost } from '../../../build/tcc/host.ts';
import { loadTccHost } from '../../../build/tcc/node-loader.ts';

let host: TccHost;
beforeAll(async () => {
  host = await loadTccHost();
});

/// Compiles one file (plus headers under /k/include) with the real tcc.wasm and explains what
/// it said.
function diagnose(
  file: string,
  source: string,
  headers: Record<string, string> = {},
): Diagnostic[] {
  const files: Record<string, string> = { ...headers, [file]: source };
  const r = host.runSync({
    args: ['-nostdinc', '-I/k/include', '-c', file, '-o', '/o.o'],
    files: Object.entries(files),
  });
  return explainDiagnostics(parseTccOutput(r.stderr), (f) => files[f] ?? null);
}

describe('classic mistakes, as tcc.wasm reports them', () => {
  it('missing #include <linux/kernel.h>: implicit declaration of printk', () => {
    const src =
      'asm(".globl x");\nlong sys_MyPrintK(const char *s)\n{\n\tprintk("%s\\n", s);\n\treturn 0;\n}\n';
    const [d] = diagnose('/k/MyPrintK/MyPrintK.c', src);
    expect(d).toMatchObject({
      line: 4,
      column: 2,
      severity: 'warning',
      code: 'implicit-declaration',
    });
    expect(d.explanation).toContain('#include <linux/kernel.h>');
    expect(renderDiagnostic(d)).toBe(
      [
        "/k/MyPrintK/MyPrintK.c:4:2: warning: implicit declaration of function 'printk'",
        '  \tprintk("%s\\n", s);',
        '  \t^',
        `  hint: ${d.explanation}`,
      ].join('\n'),
    );
  });

  it("the lecture's `.long sys MyPrintK` in syscall_table_32.S points at the line and the stray word", () => {
    const src = '.data\nENTRY(sys_call_table)\n\t.long sys_recvmmsg\n\t.long sys MyPrintK\n';
    const diags = diagnose(
      '/k/arch/x86/kernel/syscall_table_32.S',
      src.replace('ENTRY(sys_call_table)', 'sys_call_table:'),
    );
    expect(diags).toHaveLength(1);
    expect(diags[0]).toMatchObject({
      line: 4,
      column: 12,
      severity: 'error',
      code: 'table-space-typo',
    });
    expect(diags[0].explanation).toContain('.long sys_MyPrintK');
  });

  it('KERN_INFO without <linux/kernel.h>', () => {
    const [d] = diagnose(
      '/a.c',
      'int printk(const char *, ...);\nvoid f(void) { printk(KERN_INFO "x"); }\n',
    );
    expect(d).toMatchObject({ line: 2, code: 'kern-level-undeclared', column: 23 });
  });

  it('asmlinkage without <linux/linkage.h>', () => {
    const [d] = diagnose(
      '/a.c',
      'asmlinkage long sys_MyPrintK(const char *s)\n{\n\treturn 0;\n}\n',
    );
    expect(d).toMatchObject({ line: 1, column: 1, code: 'asmlinkage-unknown' });
  });

  it('a misspelt syscall number', () => {
    const [d] = diagnose('/u.c', '#define __NR_MyPrintK 338\nint n = __NR_MyPrintk;\n');
    expect(d).toMatchObject({ line: 2, column: 9, code: 'syscall-number-undeclared' });
  });

  it('a missing semicolon is blamed on the line before', () => {
    const [d] = diagnose('/a.c', 'int f(void)\n{\n  int x = 1\n  return x;\n}\n');
    expect(d).toMatchObject({ line: 4, column: 3, code: 'missing-semicolon' });
    expect(d.explanation).toContain('(3)');
  });

  it('a declaration without its ; at the end of syscalls.h is blamed on the header, not asmlinkage', () => {
    const headers = {
      '/k/include/linux/linkage.h': '#define asmlinkage __attribute__((regparm(0)))\n',
      '/k/include/linux/syscalls.h':
        '#ifndef _SYSCALLS_H\n#define _SYSCALLS_H\nasmlinkage long sys_recvmmsg(int fd);\nasmlinkage long sys_MyPrintK(const char *s)\n#endif\n',
    };
    const src =
      '#include <linux/linkage.h>\n#include <linux/syscalls.h>\n\nasmlinkage long sys_MyPrintK(const char *s)\n{\n\treturn 0;\n}\n';
    const [d] = diagnose('/k/MyPrintK/MyPrintK.c', src, headers);
    expect(d).toMatchObject({ line: 4, code: 'header-missing-semicolon', column: 1 });
    expect(d.explanation).toContain('<linux/syscalls.h>');
  });

  it('a syscall number defined twice', () => {
    const [d] = diagnose(
      '/u.c',
      '#define __NR_MyPrintK 338\n#define __NR_MyPrintK 339\nint n = __NR_MyPrintK;\n',
    );
    expect(d).toMatchObject({ line: 2, severity: 'warning', code: 'macro-redefined', column: 9 });
  });

  it('a struct used without its definition', () => {
    const [d] = diagnose('/a.c', 'struct task_struct t;\n');
    expect(d).toMatchObject({ line: 1, code: 'incomplete-struct', column: 8 });
  });

  it('leaves unrecognised messages alone but still adds the source line', () => {
    const [d] = diagnose('/a.c', 'int f(int *p) { return p + ; }\n');
    expect(d.code).toBeUndefined();
    expect(d.sourceLine).toBe('int f(int *p) { return p + ; }');
  });
});
