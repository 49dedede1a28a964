/*
 * kernel/exit.c: a process ends, and its parent collects it.
 *
 * do_exit() frees what the process owned (memory, files), hands its
 * children to init, and becomes a zombie holding only its exit status
 * until the parent's wait4() reaps it. If the parent ignores SIGCHLD, the
 * zombie is reaped at once (EXIT_DEAD), as on Linux.
 */
#include <linux/kernel.h>
#include <linux/slab.h>
#include <linux/sched.h>
#include <linux/mm.h>
#include <linux/fs.h>
#include <linux/tty.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>
#include <linux/errno.h>

#define WNOHANG		0x00000001
#define WUNTRACED	0x00000002
#define __WALL		0x40000000

struct rusage;

/* release_task - free a reaped task's last remains; it must not be running */
void release_task(struct task_struct *p)
{
	unsigned long flags;

	local_irq_save(flags);
	p->prev_task->next_task = p->next_task;
	p->next_task->prev_task = p->prev_task;
	nr_threads--;
	local_irq_restore(flags);
	free_pages((unsigned long)p->stack, 1);
	kfree(p);
}

static void exit_mm(struct task_struct *tsk)
{
	struct mm_struct *mm = tsk->mm;

	tsk->mm = NULL;
	switch_mm(NULL);	/* stop using the page directory before freeing it */
	mmput(mm);
}

/* give the children to init; a zombie among them needs init's attention */
static void forget_original_parent(struct task_struct *father)
{
	struct task_struct *p, *reaper = find_task_by_pid(1);

	for_each_process(p) {
		if (p->real_parent != father)
			continue;
		p->real_parent = reaper;
		if (p->state == EXIT_ZOMBIE && reaper) {
			send_sig(SIGCHLD, reaper, 1);
			wake_up(reaper);
		}
	}
}

static void exit_notify(struct task_struct *tsk)
{
	struct task_struct *parent = tsk->real_parent;
	struct k_sigaction *ka = &parent->action[SIGCHLD - 1];

	forget_original_parent(tsk);
	if (ka->sa.sa_handler == SIG_IGN || (ka->sa.sa_flags & SA_NOCLDWAIT)) {
		tsk->state = EXIT_DEAD;		/* nobody will wait: reap at the switch */
		return;
	}
	tsk->state = EXIT_ZOMBIE;
	if (tsk->exit_signal)
		send_sig(tsk->exit_signal, parent, 1);
	wake_up(parent);
}

/*
 * do_exit - end the current task with wait status @code; never returns
 * (code is (status & 0xff) << 8 for exit(), or the signal number)
 */
void do_exit(long code)
{
	struct task_struct *tsk = current;

	if (tsk == &init_task)
		panic("Attempted to kill the idle task!");
	if (tsk->pid == 1)
		panic("Attempted to kill init! exitcode=0x%08lx", code);
	local_irq_enable();
	if (tsk->clear_child_tid && tsk->mm)
		put_user(0, tsk->clear_child_tid);
	if (tsk->mm)
		exit_mm(tsk);
	put_files_struct(tsk->files);
	tsk->files = NULL;
	dput(tsk->pwd);
	tsk->pwd = NULL;
	if (tsk->tty && tsk->pid == tsk->session) {
		tsk->tty->session = 0;	/* the session leader leaves: the terminal is free */
		tsk->tty->pgrp = 0;
	}
	local_irq_disable();
	tsk->exit_code = code;
	exit_notify(tsk);
	schedule();
	panic("do_exit: a dead task ran again");
}

asmlinkage long sys_exit(int error_code)
{
	do_exit((error_code & 0xff) << 8);
}

asmlinkage long sys_exit_group(int error_code)
{
	do_exit((error_code & 0xff) << 8);
}

static int eligible_child(pid_t pid, struct task_struct *p)
{
	if (pid > 0)
		return p->pid == pid;
	if (pid == 0)
		return p->pgrp == current->pgrp;
	if (pid < -1)
		return p->pgrp == -pid;
	return 1;
}

/* do_wait - wait4() and waitpid(): reap one zombie child */
static long do_wait(pid_t pid, int __user *stat_addr, int options)
{
	struct task_struct *p, *zombie;
	int flag, status;
	long ret;

	if (options & ~(WNOHANG | WUNTRACED | __WALL))
		return -EINVAL;
	if (stat_addr && !access_ok(VERIFY_WRITE, stat_addr, sizeof(int)))
		return -EFAULT;
	for (;;) {
		local_irq_disable();
		flag = 0;
		zombie = NULL;
		for_each_process(p) {
			if (p->real_parent != current || !eligible_child(pid, p))
				continue;
			flag = 1;
			if (p->state == EXIT_ZOMBIE) {
				zombie = p;
				break;
			}
		}
		if (zombie) {
			status = zombie->exit_code;
			if (stat_addr && put_user(status, stat_addr)) {
				local_irq_enable();
				return -EFAULT;
			}
			ret = zombie->pid;
			release_task(zombie);
			local_irq_enable();
			return ret;
		}
		ret = !flag ? -ECHILD : (options & WNOHANG) ? 0 : signal_pending(current) ?
			-ERESTARTSYS : 1;
		if (ret != 1) {
			local_irq_enable();
			return ret;
		}
		interruptible_sleep_on(current);	/* exit_notify() wakes us */
		local_irq_enable();
	}
}

asmlinkage long sys_wait4(pid_t pid, int __user *stat_addr, int options, struct rusage __user *ru)
{
	return do_wait(pid, stat_addr, options);
}

asmlinkage long sys_waitpid(pid_t pid, int __user *stat_addr, int options)
{
	return do_wait(pid, stat_addr, options);
}
