// Section 4: what NR_syscalls really does in 2.6.33, shown with the kernel's own tracer.
import type { Section } from './types.ts';

/// The NR_syscalls truth.
export const nrTruth: Section = {
  id: 'nr-truth',
  title: 'The truth about NR_syscalls',
  slides: [
    {
      id: 'nr-truth',
      kicker: 'Looking closer',
      title: 'NR_syscalls does not guard the door',
      blocks: [
        {
          kind: 'diagram',
          name: 'nr-truth',
          label:
            'The entry code bounds by the table size; the tracer sizes its slots by NR_syscalls.',
        },
        {
          kind: 'list',
          items: [
            'The entry code’s bound check uses `nr_syscalls`, computed in entry_32.S from the **table’s own size**. Add entry {nr} and call {nr} works — whatever NR_syscalls says.',
            'In 2.6.33 `NR_syscalls` sizes **syscall tracing**: its per-call metadata and enable bits. Leave it at {nr} and the tracer has no slot for call {nr}: the call works, but stays **invisible**.',
            'Try it: set NR_syscalls back to {nr}, build, boot, and `echo {nr} > /proc/syscall_trace` — the kernel refuses: “{nr} is not below NR_syscalls”.',
            'Later kernels generate the table and the numbers from one file, `syscall_32.tbl`, so the two can no longer disagree.',
          ],
        },
        {
          kind: 'excerpt',
          path: 'arch/x86/include/asm/unistd_32.h',
          start: /#define NR_syscalls/,
          count: 1,
          mark: /NR_syscalls/,
          caption: 'Your NR_syscalls, live',
        },
      ],
    },
  ],
};
