#ifndef _ASM_X86_THREAD_INFO_H
#define _ASM_X86_THREAD_INFO_H

#include <asm/page.h>

/*
 * Per-task flags tested by the entry code on the way back to user mode.
 * TIF_SYSCALL_TRACEPOINT sends system calls through syscall_trace_enter()
 * and syscall_trace_leave() (kernel/trace/trace_syscalls.c).
 */
#define TIF_SIGPENDING		2	/* signal pending */
#define TIF_NEED_RESCHED	3	/* rescheduling necessary */
#define TIF_SYSCALL_TRACEPOINT	8	/* syscall tracepoint instrumentation */

#define _TIF_SIGPENDING		(1 << TIF_SIGPENDING)
#define _TIF_NEED_RESCHED	(1 << TIF_NEED_RESCHED)
#define _TIF_SYSCALL_TRACEPOINT	(1 << TIF_SYSCALL_TRACEPOINT)

/* work to do on the way back to user mode */
#define _TIF_WORK_MASK		(_TIF_SIGPENDING | _TIF_NEED_RESCHED)
/* work to do on system call entry and exit */
#define _TIF_WORK_SYSCALL_ENTRY	_TIF_SYSCALL_TRACEPOINT
#define _TIF_ALLWORK_MASK	(_TIF_WORK_MASK | _TIF_SYSCALL_TRACEPOINT)

#ifdef __ASSEMBLY__
/* thread_info is at the bottom of the 8 KiB kernel stack */
#define GET_THREAD_INFO(reg)	movl $-THREAD_SIZE, reg; andl %esp, reg
#else

struct task_struct;

struct thread_info {
	struct task_struct *task;	/* the task this stack belongs to */
	unsigned long flags;		/* TIF_* bits */
	unsigned long sysenter_return;	/* user EIP after sysenter (vsyscall page) */
	unsigned long addr_limit;	/* highest address access_ok() allows */
};

union thread_union {
	struct thread_info thread_info;
	unsigned long stack[THREAD_SIZE / sizeof(long)];
};

static inline struct thread_info *current_thread_info(void)
{
	unsigned long sp;

	asm("movl %%esp, %0" : "=r" (sp));
	return (struct thread_info *)(sp & ~(THREAD_SIZE - 1));
}

static inline void set_ti_thread_flag(struct thread_info *ti, int flag)
{
	ti->flags |= 1UL << flag;
}

static inline void clear_ti_thread_flag(struct thread_info *ti, int flag)
{
	ti->flags &= ~(1UL << flag);
}

static inline int test_ti_thread_flag(struct thread_info *ti, int flag)
{
	return (ti->flags >> flag) & 1;
}
#endif

#endif
