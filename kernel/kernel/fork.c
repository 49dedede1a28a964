/*
 * kernel/fork.c: making a new process.
 *
 * copy_process() duplicates the current task: a new kernel stack, a copy
 * of the address space (every page copied), the open files shared, the
 * signal handlers inherited. copy_thread() then arranges the child's kernel
 * stack so that its first run returns to user mode from the same system
 * call as the parent, with EAX = 0.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/slab.h>
#include <linux/sched.h>
#include <linux/mm.h>
#include <linux/fs.h>
#include <linux/uaccess.h>
#include <linux/errno.h>
#include <asm/i387.h>

#define RESERVED_PIDS	300	/* pids wrap around to here, not to 1 */
#define MAX_THREADS	4096	/* and never more tasks than memory allows (max_threads) */

static pid_t last_pid;

static int pid_in_use(pid_t pid)
{
	struct task_struct *p;

	for_each_process(p)
		if (p->pid == pid || p->pgrp == pid || p->session == pid)
			return 1;
	return 0;
}

static pid_t alloc_pid(void)
{
	int tries;

	for (tries = 0; tries < PID_MAX; tries++) {
		if (++last_pid >= PID_MAX)
			last_pid = RESERVED_PIDS;
		if (!pid_in_use(last_pid))
			return last_pid;
	}
	return -EAGAIN;
}

/* the child's copy of the FPU state, taken from the live registers */
static void copy_fpu(struct task_struct *p)
{
	save_i387(p->thread.i387);
	restore_i387(p->thread.i387);
}

static struct task_struct *copy_process(unsigned long clone_flags, unsigned long stack_start,
					struct pt_regs *regs, int __user *child_tidptr)
{
	struct task_struct *p;
	struct thread_info *ti;
	int err = -ENOMEM;

	/* like Linux's max_threads: at most one task per 8 pages of memory */
	if (nr_threads >= MAX_THREADS || nr_threads >= (int)(totalram_pages / 8))
		return ERR_PTR(-EAGAIN);
	p = kmalloc(sizeof(*p), GFP_KERNEL);
	ti = (struct thread_info *)__get_free_pages(1);
	if (!p || !ti)
		goto fail;
	*p = *current;
	*ti = *current_thread_info();
	ti->task = p;
	ti->flags &= _TIF_SYSCALL_TRACEPOINT;	/* tracing is inherited, pending work is not */
	p->stack = ti;
	p->pid = alloc_pid();
	if (p->pid < 0) {
		err = p->pid;
		goto fail;
	}
	p->state = TASK_UNINTERRUPTIBLE;	/* not runnable until wake_up_new_task() */
	p->real_parent = current;
	p->exit_signal = clone_flags & CSIGNAL;
	p->exit_code = 0;
	sigemptyset(&p->pending);
	p->restore_sigmask = 0;
	p->wchan = NULL;
	p->timeout = 0;
	p->alarm = 0;		/* alarms are not inherited */
	p->utime = p->stime = 0;
	p->start_time = jiffies;
	p->clear_child_tid = (clone_flags & CLONE_CHILD_CLEARTID) ? child_tidptr : NULL;
	p->mm = NULL;
	p->files = NULL;
	if (current->mm && !(p->mm = dup_mm(current->mm)))
		goto fail;
	if (!(p->files = dup_fd(current->files)))
		goto fail_mm;
	p->pwd = dget(current->pwd);
	copy_fpu(p);
	copy_thread(clone_flags, stack_start, p, regs);
	return p;
fail_mm:
	mmput(p->mm);
fail:
	free_pages((unsigned long)ti, 1);
	kfree(p);
	return ERR_PTR(err);
}

static void wake_up_new_task(struct task_struct *p)
{
	unsigned long flags;

	local_irq_save(flags);
	p->prev_task = init_task.prev_task;
	p->next_task = &init_task;
	init_task.prev_task->next_task = p;
	init_task.prev_task = p;
	nr_threads++;
	p->state = TASK_RUNNING;
	local_irq_restore(flags);
}

/*
 * do_fork - create a child running a copy of the current task
 * @stack_start: the child's user stack (0: the same address as the parent's)
 * Returns the child's pid, or -errno.
 */
long do_fork(unsigned long clone_flags, unsigned long stack_start, struct pt_regs *regs,
	     int __user *parent_tidptr, int __user *child_tidptr)
{
	struct task_struct *p;
	int *tid;

	if (clone_flags & (CLONE_VM | CLONE_THREAD | CLONE_SIGHAND | CLONE_FILES)) {
		if (current->mm)
			return -EINVAL;		/* no threads: every process has its own memory */
	}
	p = copy_process(clone_flags, stack_start, regs, child_tidptr);
	if (IS_ERR(p))
		return PTR_ERR(p);
	if ((clone_flags & CLONE_PARENT_SETTID) && put_user(p->pid, parent_tidptr))
		;	/* Linux ignores a bad pointer here too */
	if ((clone_flags & CLONE_CHILD_SETTID) && p->mm &&
	    (tid = user_page_address(p->mm, (unsigned long)child_tidptr, 1)) &&
	    ((unsigned long)child_tidptr & 3) == 0)
		*tid = p->pid;
	wake_up_new_task(p);
	return p->pid;
}
