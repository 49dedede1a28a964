// The --cc gcc diagnostics: GCC's and GNU as's stderr parsed into located diagnostics.
import { describe, expect, it } from 'vitest';
import { parseGccMessages } from '../../../build/kbuild/gcc-messages.ts';

describe('gcc message parser', () => {
  it('reads errors, warnings and notes with columns and the include chain', () => {
    const stderr = [
      'In file included from include/linux/kernel.h:4,',
      '                 from init/main.c:1:',
      'include/linux/linkage.h:3:9: warning: "asmlinkage" redefined',
      '    3 | #define asmlinkage',
      '      |         ^~~~~~~~~~',
      "init/main.c: In function 'start_kernel':",
      "init/main.c:7:9: error: implicit declaration of function 'printk' [-Wimplicit-function-declaration]",
      '/abs/tree/init/main.c:9:1: note: declared here',
      'init/main.c:12:2: fatal error: nope.h: No such file or directory',
    ].join('\n');
    const ds = parseGccMessages(stderr, (f) => f.replace('/abs/tree/', ''));
    expect(ds).toEqual([
      {
        file: 'include/linux/linkage.h',
        line: 3,
        column: 9,
        severity: 'warning',
        message: '"asmlinkage" redefined',
        stage: 'compile',
        includedFrom: [
          { file: 'init/main.c', line: 1 },
          { file: 'include/linux/kernel.h', line: 4 },
        ],
      },
      {
        file: 'init/main.c',
        line: 7,
        column: 9,
        severity: 'error',
        message: "implicit declaration of function 'printk'",
        stage: 'compile',
      },
      {
        file: 'init/main.c',
        line: 9,
        column: 1,
        severity: 'note',
        message: 'declared here',
        stage: 'compile',
      },
      {
        file: 'init/main.c',
        line: 12,
        column: 2,
        severity: 'error',
        message: 'nope.h: No such file or directory',
        stage: 'compile',
      },
    ]);
  });

  it("reads GNU as's messages", () => {
    const stderr =
      "arch/x86/kernel/syscall_table_32.S: Assembler messages:\narch/x86/kernel/syscall_table_32.S:340: Error: junk at end of line, first unrecognized character is `M'\n";
    expect(parseGccMessages(stderr)).toEqual([
      {
        file: 'arch/x86/kernel/syscall_table_32.S',
        line: 340,
        severity: 'error',
        message: "junk at end of line, first unrecognized character is `M'",
        stage: 'compile',
      },
    ]);
  });
});
