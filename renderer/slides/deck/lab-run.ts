// Section 3b: the lab's user side and the run: wrapper and driver, build, boot, call, trace
// (steps 6-10).
import type { Section } from './types.ts';

/// Steps 6-10.
export const labRun: Section = {
  id: 'lab-user',
  title: 'The lab: calling it',
  slides: [
    {
      id: 'step-user',
      kicker: 'Step 6 of 10',
      title: 'Call it from user space',
      step: 'user',
      open: { path: 'usr/lab/README' },
      blocks: [
        {
          kind: 'p',
          text: 'No C library knows your call, so write its **wrapper**: a function that hands the number and the argument to `syscall()`. Then a **driver** program that calls it with its first argument.',
        },
        {
          kind: 'excerpt',
          path: 'usr/lab/solution/mykernelprint.h',
          start: /#include/,
          count: 12,
          caption: 'usr/lab/mykernelprint.h — the wrapper (the shipped solution, shown live)',
        },
        {
          kind: 'list',
          items: [
            '**usr/lab/mykernelprint.c**: `main()` includes "mykernelprint.h", calls `MyPrintK(argv[1])` and prints the result (or `strerror(errno)`).',
            '**usr/Makefile**: uncomment `progs-y += usr/lab/mykernelprint` so it is built.',
            '**usr/initramfs_list**: uncomment the `file /root/mykernelprint …` line so it is in the machine, in the shell’s home /root.',
          ],
        },
      ],
    },
    {
      id: 'step-build',
      kicker: 'Step 7 of 10',
      title: 'Build the kernel',
      step: 'build',
      action: 'build',
      blocks: [
        {
          kind: 'p',
          text: 'Press **Build** (Ctrl+B). Inside the app, TinyCC compiles every changed file, our linker links `vmlinux`, and the user programs are packed into `initramfs.cpio`. Watch for `CC MyPrintK/MyPrintK.o` in the log.',
        },
        {
          kind: 'p',
          text: 'An error is underlined in the editor; click it in the Build tab to jump to its line. The check below explains the classic ones.',
        },
      ],
    },
    {
      id: 'step-boot',
      kicker: 'Step 8 of 10',
      title: 'Boot it',
      step: 'boot',
      action: 'boot',
      blocks: [
        {
          kind: 'p',
          text: 'Press **Boot** (Ctrl+Shift+B). The app’s own x86 PC loads your `vmlinux` and initramfs; the kernel’s messages scroll by in the Console, then the shell prompt `/root #` appears.',
        },
        {
          kind: 'diagram',
          name: 'rings',
          label: 'Your kernel now runs in ring 0; the shell is a ring 3 program.',
        },
      ],
    },
    {
      id: 'step-run',
      kicker: 'Step 9 of 10',
      title: 'Make the call',
      step: 'run',
      action: 'console',
      blocks: [
        { kind: 'p', text: 'Click into the Console and type:' },
        { kind: 'code', lang: 'sh', text: './mykernelprint hello\ndmesg\n' },
        {
          kind: 'list',
          items: [
            'The driver’s own `printf` lines come from ring 3.',
            '**hello** on a line of its own comes from your `printk` — ring 0 — and `dmesg` finds it again in the kernel’s log buffer.',
            'If the call returns -1 with “Function not implemented” (ENOSYS), the entry code rejected the number: the check tells you why.',
          ],
        },
      ],
    },
    {
      id: 'step-trace',
      kicker: 'Step 10 of 10',
      title: 'Watch the call',
      step: 'trace',
      action: 'trace',
      blocks: [
        {
          kind: 'p',
          text: 'The kernel can log every system call it runs. Switch its tracer on for your number, then call again:',
        },
        {
          kind: 'code',
          lang: 'sh',
          text: 'echo {nr} > /proc/syscall_trace\n./mykernelprint again\n',
        },
        {
          kind: 'p',
          text: 'You see `sys_MyPrintK(…)` with the six argument registers as the call enters, and `sys_MyPrintK -> 0x0` as it leaves (without a symbol table in the machine, the tracer names it `syscall {nr}`). The Trace tab replays recorded calls step by step, ring 3 → ring 0 → ring 3.',
        },
      ],
    },
  ],
};
