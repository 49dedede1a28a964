#ifndef _ASM_X86_PTRACE_H
#define _ASM_X86_PTRACE_H

/*
 * The registers saved on the kernel stack on every entry from user mode
 * (system call, interrupt, exception). SAVE_ALL in entry_32.S pushes them
 * in exactly this order; the PT_* offsets in asm/asm-offsets.h mirror it.
 */
#ifndef __ASSEMBLY__
struct pt_regs {
	unsigned long bx;
	unsigned long cx;
	unsigned long dx;
	unsigned long si;
	unsigned long di;
	unsigned long bp;
	unsigned long ax;
	unsigned long ds;
	unsigned long es;
	unsigned long fs;
	unsigned long gs;
	unsigned long orig_ax;	/* syscall number, error code, or ~vector */
	unsigned long ip;	/* pushed by the CPU from here on */
	unsigned long cs;
	unsigned long flags;
	unsigned long sp;	/* only when coming from ring 3 */
	unsigned long ss;
};

#define user_mode(regs)	(((regs)->cs & 3) == 3)

struct task_struct;
struct pt_regs *task_pt_regs(struct task_struct *task);
#endif

#endif
