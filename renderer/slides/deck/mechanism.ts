// Section 2: the instructions that enter the kernel, then and now, and the handler that runs.
import type { Section } from './types.ts';

/// Then and now, and a closer look at system_call.
export const mechanism: Section = {
  id: 'mechanism',
  title: 'How the CPU gets there',
  slides: [
    {
      id: 'then-now',
      kicker: 'Then and now',
      title: 'int $0x80, and the fast paths',
      blocks: [
        {
          kind: 'diagram',
          name: 'entry-paths',
          label:
            'Two ways into the kernel: the software interrupt and the fast sysenter path, both ending in the same table.',
        },
        {
          kind: 'list',
          items: [
            '**Then** (Linux 2.5 and earlier): the program loads the number into **EAX**, the arguments into **EBX, ECX, EDX, ESI, EDI, EBP**, and executes `int $0x80`. The CPU treats it like an interrupt: look up vector 0x80 in the IDT, switch stacks, jump.',
            '**Now**: an interrupt is slow. Intel added `sysenter`/`sysexit`, AMD added `syscall`/`sysret`: fixed entry points, far less checking. Linux hides the choice behind the **vsyscall page**: the kernel maps a tiny `__kernel_vsyscall` into every process, using whichever instruction the CPU does best.',
          ],
        },
        {
          kind: 'excerpt',
          path: 'usr/lib/syscall.S',
          start: /^__sys:/,
          end: /^\s*ret\b/,
          mark: /__vsyscall|%eax|%ebx/,
          caption: 'Your tree’s libc: number to EAX, arguments to EBX…, then through __vsyscall',
        },
      ],
    },
    {
      id: 'handler',
      kicker: 'A closer look',
      title: 'The handler: save, check, dispatch, return',
      blocks: [
        {
          kind: 'diagram',
          name: 'handler',
          label:
            'system_call in four phases: SAVE_ALL, the bound check, the call through sys_call_table, RESTORE_ALL and iret.',
        },
        {
          kind: 'excerpt',
          path: 'arch/x86/kernel/entry_32.S',
          start: /^ENTRY\(system_call\)/,
          end: /^ENDPROC\(system_call\)/,
          mark: /SAVE_ALL|nr_syscalls|sys_call_table|RESTORE_ALL/,
          caption: 'system_call, live from your tree’s entry_32.S',
        },
      ],
    },
    {
      id: 'handler-detail',
      kicker: 'A closer look',
      title: 'What each phase protects',
      blocks: [
        {
          kind: 'list',
          items: [
            '**SAVE_ALL** pushes every user register onto the kernel stack, in the order of `struct pt_regs`. The program must find them untouched when it resumes.',
            '**The bound check** compares EAX with `nr_syscalls`, the number of entries in the table. Anything at or above it returns **-ENOSYS** instead of jumping into whatever lies past the table.',
            '**The dispatch** is one instruction: `call *sys_call_table(,%eax,4)` — entry EAX of an array of 4-byte function addresses.',
            '**The return** stores the result in the saved EAX slot; **RESTORE_ALL** pops the registers and `iret` drops back to ring 3.',
          ],
        },
        {
          kind: 'excerpt',
          path: 'arch/x86/kernel/entry_32.S',
          start: /^syscall_table_size=/,
          end: /^nr_syscalls=/,
          caption: 'Where nr_syscalls comes from: the table’s own size',
        },
      ],
    },
  ],
};
