#ifndef _TRACE_SYSCALL_H
#define _TRACE_SYSCALL_H

/*
 * Syscall tracing, shaped like the syscall events of Linux 2.6.33's ftrace
 * (kernel/trace/trace_syscalls.c): per-syscall metadata and enable bits in
 * arrays of NR_syscalls entries. A system call whose number is at or above
 * NR_syscalls has no slot, so it is never traced: a new syscall added to
 * the table without bumping NR_syscalls runs, but tracing cannot see it.
 */
struct syscall_metadata {
	const char *name;	/* the table entry's symbol, e.g. "sys_write" */
	int nr;
};

struct pt_regs;
void init_ftrace_syscalls(void);
int syscall_trace_parse(const char *spec);	/* "all", "off", or "4,338,..." */
int syscall_trace_show(char *buf, int size);
asmlinkage long syscall_trace_enter(struct pt_regs *regs);
asmlinkage void syscall_trace_leave(struct pt_regs *regs);

#endif
