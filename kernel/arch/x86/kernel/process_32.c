/*
 * arch/x86/kernel/process_32.c: the i386 side of fork(), execve() and
 * kernel threads.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <linux/fs.h>
#include <linux/uaccess.h>
#include <linux/errno.h>
#include <asm/unistd.h>
#include <asm/processor-flags.h>
#include <asm/vsyscall.h>

asmlinkage void ret_from_fork(void);
asmlinkage void kernel_thread_helper(void);

/*
 * The top of every kernel stack holds the task's user registers; 8 bytes
 * stay free above them, as in Linux (room for the vm86 segment registers).
 */
struct pt_regs *task_pt_regs(struct task_struct *task)
{
	return (struct pt_regs *)((unsigned long)task->stack + THREAD_SIZE - 8) - 1;
}

/*
 * copy_thread - the child's kernel stack: a copy of the parent's pt_regs
 * (EAX = 0: fork() returns 0 in the child) under the frame switch_to_asm()
 * pops (EDI, ESI, EBX, EBP, EFLAGS) and its return address, ret_from_fork.
 */
int copy_thread(unsigned long clone_flags, unsigned long sp, struct task_struct *p,
		struct pt_regs *regs)
{
	struct pt_regs *childregs = task_pt_regs(p);
	unsigned long *frame = (unsigned long *)childregs;

	*childregs = *regs;
	childregs->ax = 0;
	if (sp)
		childregs->sp = sp;
	*--frame = (unsigned long)ret_from_fork;
	*--frame = 0x2;			/* EFLAGS: interrupts off until iret */
	*--frame = 0;			/* EBP */
	*--frame = 0;			/* EBX */
	*--frame = 0;			/* ESI */
	*--frame = 0;			/* EDI */
	p->thread.sp = (unsigned long)frame;
	p->thread.sp0 = (unsigned long)(childregs + 1);
	return 0;
}

/* start_thread - make the system call return into a freshly exec'ed program */
void start_thread(struct pt_regs *regs, unsigned long ip, unsigned long sp)
{
	regs->fs = 0;
	regs->gs = 0;
	regs->ds = __USER_DS;
	regs->es = __USER_DS;
	regs->ss = __USER_DS;
	regs->cs = __USER_CS;
	regs->ip = ip;
	regs->sp = sp;
	regs->flags = X86_EFLAGS_IF | 0x2;
	current_thread_info()->sysenter_return = VSYSCALL_ADDR(SYSENTER_RETURN);
	set_fs(USER_DS);
}

/* flush_thread - exec: forget the old program's TLS segments and FPU state */
void flush_thread(void)
{
	memset(current->thread.tls_array, 0, sizeof(current->thread.tls_array));
	load_TLS(current->thread.tls_array);
	asm volatile("fninit");
}

/*
 * kernel_thread - run fn(arg) in a new task that has no user memory
 * The child starts in ring 0 at kernel_thread_helper (entry_32.S).
 */
int kernel_thread(int (*fn)(void *), void *arg, unsigned long flags)
{
	struct pt_regs regs;

	memset(&regs, 0, sizeof(regs));
	regs.bx = (unsigned long)fn;
	regs.dx = (unsigned long)arg;
	regs.ds = __USER_DS;
	regs.es = __USER_DS;
	regs.orig_ax = -1;
	regs.ip = (unsigned long)kernel_thread_helper;
	regs.cs = __KERNEL_CS;
	regs.flags = X86_EFLAGS_IF | 0x2;
	return do_fork(flags | CLONE_VM, 0, &regs, NULL, NULL);
}

/*
 * kernel_execve - exec a program from kernel mode, as 2.6.33 does: by
 * issuing the execve system call itself. On success the "return" from
 * int $0x80 lands in the new program, in ring 3.
 */
int kernel_execve(const char *filename, char *const argv[], char *const envp[])
{
	long res;

	asm volatile("push %%ebx; movl %2, %%ebx; int $0x80; pop %%ebx"
		     : "=a" (res)
		     : "0" (__NR_execve), "r" (filename), "c" (argv), "d" (envp)
		     : "memory");
	return res;
}

asmlinkage long sys_fork(struct pt_regs *regs)
{
	return do_fork(SIGCHLD, regs->sp, regs, NULL, NULL);
}

/* vfork: a plain fork here (the child gets its own copy of memory) */
asmlinkage long sys_vfork(struct pt_regs *regs)
{
	return do_fork(SIGCHLD, regs->sp, regs, NULL, NULL);
}

asmlinkage long sys_clone(struct pt_regs *regs)
{
	unsigned long clone_flags = regs->bx, newsp = regs->cx;

	if (!newsp)
		newsp = regs->sp;
	return do_fork(clone_flags, newsp, regs, (int __user *)regs->dx, (int __user *)regs->di);
}

asmlinkage long sys_execve(struct pt_regs *regs)
{
	char *filename = getname((char __user *)regs->bx);
	long error;

	if (IS_ERR(filename))
		return PTR_ERR(filename);
	error = do_execve(filename, (char __user *__user *)regs->cx,
			  (char __user *__user *)regs->dx, regs);
	putname(filename);
	return error;
}
