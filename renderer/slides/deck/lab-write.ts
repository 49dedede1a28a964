// Section 3a: the lab's kernel side: write the call, build it in, register it (steps 1-5).
import { MYPRINTK_SOURCE } from '../../lesson/solutions.ts';
import type { Section } from './types.ts';

/// Steps 1-5.
export const labWrite: Section = {
  id: 'lab-kernel',
  title: 'The lab: the kernel side',
  slides: [
    {
      id: 'lab-plan',
      kicker: 'The lab',
      title: 'Ten steps to your own system call',
      blocks: [
        {
          kind: 'diagram',
          name: 'lab-map',
          label: 'The files the lab touches and how they connect.',
        },
        {
          kind: 'p',
          text: 'There is more than one way to add a call; this one is the most general: a directory of its own, wired into the build, registered in the three places the kernel looks. Each step below has a **live check** — it turns green when your files say so.',
        },
      ],
    },
    {
      id: 'step-source',
      kicker: 'Step 1 of 10',
      title: 'Write the system call',
      step: 'source',
      open: { path: 'MyPrintK/MyPrintK.c', find: /sys_MyPrintK/ },
      blocks: [
        {
          kind: 'p',
          text: 'Create **MyPrintK/MyPrintK.c** at the top of the tree (New in the file tree) and write a function that prints the string it is given into the kernel log.',
        },
        { kind: 'code', lang: 'c', text: MYPRINTK_SOURCE, caption: 'MyPrintK/MyPrintK.c' },
        {
          kind: 'list',
          items: [
            '`asmlinkage`: take the arguments from the stack, where the entry code left the saved registers — not from registers.',
            '`sys_` prefix: the table will name it; the number of the call is not in this file at all.',
          ],
        },
      ],
    },
    {
      id: 'step-makefile',
      kicker: 'Step 2 of 10',
      title: 'Build it: a Makefile, and core-y',
      step: 'makefile',
      open: { path: 'Makefile', find: /^core-y/ },
      blocks: [
        { kind: 'p', text: 'Kbuild compiles only what a Makefile lists. Two edits:' },
        {
          kind: 'code',
          lang: 'make',
          text: 'obj-y := MyPrintK.o\n',
          caption: 'MyPrintK/Makefile (new): build MyPrintK.o into the kernel',
        },
        {
          kind: 'code',
          lang: 'make',
          text: 'core-y += MyPrintK/\n',
          caption: 'Makefile (the root one): descend into MyPrintK/ and link its built-in.o',
        },
        {
          kind: 'excerpt',
          path: 'Makefile',
          start: /^core-y/,
          count: 3,
          mark: /core-y/,
          caption: 'Your root Makefile’s core-y lines, live',
        },
        {
          kind: 'note',
          text: 'Forget core-y and the linker stops with “undefined reference to sys_MyPrintK”: the table names a function nothing compiled.',
          tone: 'warn',
        },
      ],
    },
    {
      id: 'step-table',
      kicker: 'Step 3 of 10',
      title: 'Register it: entry {nr} of the table',
      step: 'table',
      open: { path: 'arch/x86/kernel/syscall_table_32.S', find: /sys_recvmmsg/ },
      blocks: [
        {
          kind: 'p',
          text: 'The table is an array of function addresses; entry N is system call N. Append your function after **sys_{prev}** (entry {prev_nr}), so it becomes entry **{nr}**:',
        },
        {
          kind: 'code',
          lang: 'asm',
          text: '\t.long sys_MyPrintK\n',
          caption: 'arch/x86/kernel/syscall_table_32.S, after the last line',
        },
        {
          kind: 'excerpt',
          path: 'arch/x86/kernel/syscall_table_32.S',
          tail: 6,
          mark: /MyPrintK/,
          caption: 'The end of your table, live',
        },
        {
          kind: 'note',
          text: 'Watch the underscore: `sys MyPrintK` with a space is two words to the assembler, and the build stops at that line.',
          tone: 'warn',
        },
      ],
    },
    {
      id: 'step-prototype',
      kicker: 'Step 4 of 10',
      title: 'Declare it in syscalls.h',
      step: 'prototype',
      open: { path: 'include/linux/syscalls.h', find: /^#endif/ },
      blocks: [
        {
          kind: 'p',
          text: 'Every system call has a prototype in **include/linux/syscalls.h**, so the rest of the kernel calls it with the right types. Add yours just above the final `#endif`:',
        },
        {
          kind: 'code',
          lang: 'c',
          text: 'asmlinkage long sys_MyPrintK(const char __user *s);\n',
          caption: 'include/linux/syscalls.h',
        },
        {
          kind: 'p',
          text: '`__user` marks a pointer into user space: the kernel must not dereference it without care (more on that in “Try next”).',
        },
      ],
    },
    {
      id: 'step-unistd',
      kicker: 'Step 5 of 10',
      title: 'Give it a number: unistd_32.h',
      step: 'unistd',
      open: { path: 'arch/x86/include/asm/unistd_32.h', find: /NR_syscalls/ },
      blocks: [
        {
          kind: 'p',
          text: 'User programs name calls by number. Define yours after `__NR_{prev}`, and raise `NR_syscalls` to the new count:',
        },
        {
          kind: 'code',
          lang: 'c',
          text: '#define __NR_MyPrintK\t\t{nr}\n...\n#define NR_syscalls {nr1}\n',
          caption: 'arch/x86/include/asm/unistd_32.h',
        },
        {
          kind: 'excerpt',
          path: 'arch/x86/include/asm/unistd_32.h',
          start: /__NR_perf_event_open/,
          end: /NR_syscalls/,
          mark: /MyPrintK|NR_syscalls/,
          caption: 'Your unistd_32.h, live',
        },
        {
          kind: 'note',
          text: 'The number here, the table entry and the wrapper must all agree: nothing checks it for you.',
        },
      ],
    },
  ],
};
