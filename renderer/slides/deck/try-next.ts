// Section 5: exercises after the lab, each with a live check.
import type { Section } from './types.ts';

/// Try next.
export const tryNext: Section = {
  id: 'try-next',
  title: 'Try next',
  slides: [
    {
      id: 'x-return',
      kicker: 'Try next · 1',
      title: 'Return a value',
      step: 'x-return',
      open: { path: 'MyPrintK/MyPrintK.c', find: /return/ },
      blocks: [
        {
          kind: 'p',
          text: 'The value your function returns travels back in EAX. Return something useful — `printk` returns how many characters it printed — and watch the driver print it.',
        },
        {
          kind: 'note',
          text: 'Negative values from -4095 to -1 are errors: libc turns them into -1 and sets errno.',
        },
      ],
    },
    {
      id: 'x-copy',
      kicker: 'Try next · 2',
      title: 'Copy a struct to user space',
      step: 'x-copy',
      open: { path: 'MyPrintK/MyPrintK.c' },
      blocks: [
        {
          kind: 'p',
          text: 'Add a second call, number {nr1}, that fills a caller’s struct (say, the kernel’s uptime and the caller’s pid). The kernel may not simply write through a user pointer: use `copy_to_user(ubuf, &k, sizeof(k))` from <asm/uaccess.h>.',
        },
        {
          kind: 'list',
          items: [
            'It returns how many bytes it could **not** copy: not 0 means return `-EFAULT`.',
            'Register it like MyPrintK: table entry {nr1}, `__NR_…` {nr1}, NR_syscalls one more.',
          ],
        },
      ],
    },
    {
      id: 'x-validate',
      kicker: 'Try next · 3',
      title: 'Do not trust the pointer',
      step: 'x-validate',
      open: { path: 'MyPrintK/MyPrintK.c', find: /printk/ },
      blocks: [
        {
          kind: 'p',
          text: 'MyPrintK hands a user pointer straight to `printk`. Pass it a bad address and the kernel itself faults: an **Oops** that kills the caller. Copy the string in first:',
        },
        {
          kind: 'code',
          lang: 'c',
          text: 'char buf[128];\nlong n = strncpy_from_user(buf, s, sizeof(buf));\nif (n < 0)\n\treturn -EFAULT;\n',
        },
        {
          kind: 'p',
          text: 'This is the security reason for system calls, in four lines: the kernel checks the request before acting on it.',
        },
      ],
    },
    {
      id: 'x-tracemask',
      kicker: 'Try next · 4',
      title: 'A trace-mask call, like xv6’s',
      step: 'x-tracemask',
      blocks: [
        {
          kind: 'p',
          text: 'xv6 has `trace(mask)`: the calling process asks the kernel to log the system calls whose bit is set in the mask. Add your own as call {nr1}: store the mask in the task, and print a line in the entry path when a traced call returns.',
        },
        {
          kind: 'p',
          text: 'The check wants it registered end to end: a table entry, its `__NR_` number, and NR_syscalls equal to the table’s size.',
        },
      ],
    },
  ],
};
