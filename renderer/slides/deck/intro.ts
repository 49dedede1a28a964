// Section 1: what a system call is, the big picture, and why the kernel insists on them.
import type { Section } from './types.ts';

/// The opening: definition, the ring picture, the two reasons.
export const intro: Section = {
  id: 'intro',
  title: 'System calls',
  slides: [
    {
      id: 'title',
      kicker: 'Syscall Lab',
      title: 'System calls: how a program asks the kernel',
      blocks: [
        {
          kind: 'p',
          text: 'You have configured, built and booted a kernel. Now you will **add a door to it**: a new system call, written, registered, built, booted and called — all in this window.',
        },
        {
          kind: 'diagram',
          name: 'rings',
          label:
            'A user program in ring 3 asks the kernel in ring 0 through a system call, and gets an answer back.',
        },
        {
          kind: 'note',
          text: 'Presenter keys: → / Page Down next, ← / Page Up back, F presents the slide full-window (where a long slide scrolls first), B blanks the screen. They rest while you type in the editor or the console; F6 moves between the slides, files, editor and panels.',
        },
      ],
    },
    {
      id: 'what',
      kicker: 'The idea',
      title: 'What is a system call?',
      blocks: [
        {
          kind: 'p',
          text: 'A **system call** (a *syscall*) is how a program running in user mode asks the operating system to do something it may not, or cannot, do itself: read a file, start a process, print to the kernel log.',
        },
        {
          kind: 'list',
          items: [
            'The kernel owns the hardware and every shared resource; a program owns only its own memory.',
            'So every `read`, `write`, `fork` or `exit` in your C code ends in a request to the kernel.',
            'Each request has a **number**. Linux 2.6.33 on i386 knows {nr} of them, numbered 0 to {prev_nr}: yours will be number **{nr}**.',
          ],
        },
        {
          kind: 'excerpt',
          path: 'arch/x86/include/asm/unistd_32.h',
          start: /__NR_restart_syscall/,
          count: 6,
          caption: 'The first numbers, from your tree’s unistd_32.h',
        },
      ],
    },
    {
      id: 'big-picture',
      kicker: 'The big picture',
      title: 'Ring 3 asks, ring 0 answers',
      blocks: [
        {
          kind: 'diagram',
          name: 'rings',
          label: 'The journey of a system call: request, switch, work, return.',
        },
        {
          kind: 'list',
          ordered: true,
          items: [
            '**The request.** The program, at the lowest privilege (ring 3), puts the call number and its arguments in registers.',
            '**The switch.** One instruction (`int $0x80`, or `sysenter`) raises the CPU to ring 0, swaps to the kernel stack and jumps to an address the kernel chose — never one the program chose.',
            '**The work.** The kernel checks the request and runs the function behind the number.',
            '**The return.** The result goes in EAX, the CPU drops back to ring 3, and the program continues after the instruction.',
          ],
        },
      ],
    },
    {
      id: 'why',
      kicker: 'Why bother?',
      title: 'Two reasons for the detour',
      blocks: [
        {
          kind: 'p',
          text: 'Calling into the kernel costs more than calling a function. We pay it for two good reasons:',
        },
        {
          kind: 'list',
          items: [
            '**Abstraction.** `write(fd, buf, n)` works the same on a serial line, a disk or a pipe. The program never deals with the device; the kernel does, once, for everyone.',
            '**Security.** Because every request passes through one gate, the kernel gets to look at it first: is the number valid? Does this pointer belong to the caller? May this user open that file? A bad request is refused before it reaches the hardware.',
          ],
        },
        {
          kind: 'note',
          text: 'Keep the second reason in mind: the call you write today trusts its caller blindly. The last exercise fixes that.',
          tone: 'warn',
        },
      ],
    },
  ],
};
