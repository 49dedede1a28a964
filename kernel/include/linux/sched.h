#ifndef _LINUX_SCHED_H
#define _LINUX_SCHED_H

/*
 * The process: struct task_struct, and the scheduler's interface.
 */
#include <linux/kernel.h>
#include <linux/signal.h>
#include <asm/thread_info.h>
#include <asm/desc.h>
#include <asm/ptrace.h>
#include <asm/system.h>

#define TASK_RUNNING		0
#define TASK_INTERRUPTIBLE	1	/* asleep; a signal wakes it */
#define TASK_UNINTERRUPTIBLE	2	/* asleep; only wake_up() wakes it */
#define EXIT_ZOMBIE		16	/* exited; the parent has not waited yet */
#define EXIT_DEAD		32	/* reaped; freed at the next context switch */

#define TASK_COMM_LEN	16
#define NR_OPEN_DEFAULT	64		/* file descriptors per process */
#define PID_MAX		32768
#define HZ		100		/* timer interrupts per second */

/* the CPU state of a task that is not running */
struct thread_struct {
	unsigned long sp0;		/* top of its kernel stack: TSS esp0 */
	unsigned long sp;		/* kernel ESP saved by switch_to_asm() */
	struct desc_struct tls_array[GDT_ENTRY_TLS_ENTRIES];
	unsigned long cr2, trap_no, error_code;	/* the last fault */
	unsigned char i387[108];	/* FPU state (fnsave layout, asm/i387.h) */
};

struct mm_struct;
struct files_struct;
struct dentry;
struct tty_struct;

struct task_struct {
	volatile long state;		/* TASK_* / EXIT_* */
	void *stack;			/* its thread_union: thread_info + kernel stack */
	pid_t pid;
	pid_t pgrp;			/* process group (job control) */
	pid_t session;
	int exit_code;			/* wait status once a zombie */
	int exit_signal;		/* sent to the parent at exit (SIGCHLD) */
	struct task_struct *real_parent;
	struct task_struct *next_task, *prev_task;	/* all tasks, circular */

	struct mm_struct *mm;		/* address space; NULL for kernel threads */
	struct files_struct *files;	/* open files */
	struct dentry *pwd;		/* current directory */
	unsigned int umask;
	struct tty_struct *tty;		/* controlling terminal, if any */

	struct k_sigaction action[_NSIG];	/* signal handlers */
	sigset_t blocked, pending;
	sigset_t saved_sigmask;		/* restored after sigsuspend() */
	int restore_sigmask;

	void *wchan;			/* what it sleeps on */
	unsigned long timeout;		/* jiffies when schedule_timeout() ends */
	unsigned long alarm;		/* jiffies when SIGALRM is due, 0 if none */
	int counter;			/* ticks left in its time slice */
	unsigned long utime, stime, start_time;	/* in jiffies */
	int __user *clear_child_tid;
	char comm[TASK_COMM_LEN];	/* executable name, for ps and Oopses */
	struct thread_struct thread;
};

#define get_current()	(current_thread_info()->task)
#define current		get_current()

extern struct task_struct init_task;	/* pid 0, the idle task */
extern volatile unsigned long jiffies;
extern int nr_threads;

#define for_each_process(p) \
	for (p = init_task.next_task; p != &init_task; p = p->next_task)

static inline void set_tsk_need_resched(struct task_struct *p)
{
	set_ti_thread_flag(p->stack, TIF_NEED_RESCHED);
}

static inline int signal_pending(struct task_struct *p)
{
	return test_ti_thread_flag(p->stack, TIF_SIGPENDING);
}

/* a SIGKILL is on its way: long copies stop early so the task can die */
static inline int fatal_signal_pending(struct task_struct *p)
{
	return sigismember(&p->pending, SIGKILL);
}

void sched_init(void);
asmlinkage void schedule(void);
void scheduler_tick(void);
void wake_up_process(struct task_struct *p);
long schedule_timeout_interruptible(long ticks);
void interruptible_sleep_on(void *chan);
void sleep_on(void *chan);
void wake_up(void *chan);
void recalc_sigpending(void);
struct task_struct *find_task_by_pid(pid_t pid);

/*
 * wait_event_interruptible - sleep on @wq until @condition holds
 * Interrupts are off between the test and the sleep, so a wake_up() from
 * an interrupt handler cannot slip in between and be lost. Returns 0, or
 * -ERESTARTSYS when a signal arrived first.
 */
#define wait_event_interruptible(wq, condition)				\
({									\
	int __ret = 0;							\
	unsigned long __flags;						\
	local_irq_save(__flags);					\
	while (!(condition)) {						\
		if (signal_pending(current)) {				\
			__ret = -ERESTARTSYS;				\
			break;						\
		}							\
		interruptible_sleep_on(&(wq));				\
	}								\
	local_irq_restore(__flags);					\
	__ret;								\
})

/* process life cycle (kernel/fork.c, kernel/exit.c) */
long do_fork(unsigned long clone_flags, unsigned long stack_start, struct pt_regs *regs,
	     int __user *parent_tidptr, int __user *child_tidptr);
int kernel_thread(int (*fn)(void *), void *arg, unsigned long flags);
void do_exit(long code) __attribute__((noreturn));
void release_task(struct task_struct *p);
int copy_thread(unsigned long clone_flags, unsigned long sp, struct task_struct *p,
		struct pt_regs *regs);
void start_thread(struct pt_regs *regs, unsigned long ip, unsigned long sp);
void exit_thread(void);
void flush_thread(void);
int kernel_execve(const char *filename, char *const argv[], char *const envp[]);
void set_task_comm(struct task_struct *tsk, const char *name);

#define CLONE_VM	0x00000100
#define CLONE_FS	0x00000200
#define CLONE_FILES	0x00000400
#define CLONE_SIGHAND	0x00000800
#define CLONE_VFORK	0x00004000
#define CLONE_PARENT	0x00008000
#define CLONE_THREAD	0x00010000
#define CLONE_SETTLS	0x00080000
#define CLONE_PARENT_SETTID	0x00100000
#define CLONE_CHILD_CLEARTID	0x00200000
#define CLONE_CHILD_SETTID	0x01000000
#define CSIGNAL		0x000000ff

#define time_after_eq(a, b)	((long)((a) - (b)) >= 0)
void cpu_idle(void) __attribute__((noreturn));

#endif
