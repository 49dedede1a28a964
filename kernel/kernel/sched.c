/*
 * kernel/sched.c: the scheduler.
 *
 * Round robin: every runnable task gets a time slice of DEF_TIMESLICE
 * ticks; when it is used up, the timer interrupt marks the task for
 * rescheduling and the exit path (entry_32.S, work_pending) calls
 * schedule(), which runs the next runnable task in the task list. With no
 * runnable task, the idle task (pid 0) halts the CPU until an interrupt.
 *
 * Sleeping is on a "channel", any address that names what is awaited
 * (a pipe, a terminal, a child): wake_up(chan) makes runnable every task
 * sleeping on it.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/init.h>
#include <linux/sched.h>
#include <linux/mm.h>
#include <linux/syscalls.h>
#include <linux/time.h>
#include <linux/uaccess.h>
#include <asm/desc.h>
#include <asm/system.h>
#include <asm/i387.h>

#define DEF_TIMESLICE	5		/* ticks: 50 ms at HZ = 100 */

/* pid 0: the boot thread, later the idle task; the head of the task list */
struct task_struct init_task = {
	.state = TASK_RUNNING,
	.next_task = &init_task,
	.prev_task = &init_task,
	.comm = "swapper",
};
int nr_threads = 1;
static struct task_struct *last_prev;	/* the task switch_to() just left */

/* finish_task_switch - runs on the new task's stack right after a switch */
static void finish_task_switch(void)
{
	struct task_struct *prev = last_prev;

	last_prev = NULL;
	if (prev && prev->state == EXIT_DEAD)
		release_task(prev);	/* its stack is no longer in use */
}

/* schedule_tail - a new child's first C code (ret_from_fork) */
asmlinkage void schedule_tail(void)
{
	finish_task_switch();
}

static void fpu_switch(struct task_struct *prev, struct task_struct *next)
{
	save_i387(prev->thread.i387);
	restore_i387(next->thread.i387);
}

static void context_switch(struct task_struct *prev, struct task_struct *next)
{
	switch_mm(next->mm);
	load_sp0(next->thread.sp0);
	load_TLS(next->thread.tls_array);
	fpu_switch(prev, next);
	last_prev = prev;
	switch_to_asm(&prev->thread.sp, next->thread.sp);
	finish_task_switch();
}

/* pick_next_task - the next runnable task after @prev, or the idle task */
static struct task_struct *pick_next_task(struct task_struct *prev)
{
	struct task_struct *p = prev;

	do {
		p = p->next_task;
		if (p != &init_task && p->state == TASK_RUNNING)
			return p;
	} while (p != prev);
	return &init_task;
}

/*
 * schedule - give the CPU to another task (or keep it, if nothing else can
 * run). The caller sets current->state first if it wants to sleep.
 * Interrupts are saved and restored around the switch: each task gets its
 * own interrupt state back when it resumes.
 */
asmlinkage void schedule(void)
{
	struct task_struct *prev = current, *next;
	unsigned long flags;

	local_irq_save(flags);
	clear_ti_thread_flag(current_thread_info(), TIF_NEED_RESCHED);
	next = pick_next_task(prev);
	if (next == &init_task && prev->state == TASK_RUNNING)
		next = prev;
	if (next->counter <= 0)
		next->counter = DEF_TIMESLICE;
	if (next != prev)
		context_switch(prev, next);
	local_irq_restore(flags);
}

/* scheduler_tick - the timer interrupt's share: time accounting and slices */
void scheduler_tick(void)
{
	struct task_struct *p = current, *t;

	if (p != &init_task) {
		p->utime++;
		if (--p->counter <= 0)
			set_tsk_need_resched(p);
	} else {
		set_tsk_need_resched(p);	/* let idle look for work */
	}
	for_each_process(t) {
		if (t->timeout && time_after_eq(jiffies, t->timeout) && t->state == TASK_INTERRUPTIBLE)
			wake_up_process(t);
		if (t->alarm && time_after_eq(jiffies, t->alarm)) {
			t->alarm = 0;
			send_sig(SIGALRM, t, 1);
		}
	}
}

void wake_up_process(struct task_struct *p)
{
	if (p->state == TASK_INTERRUPTIBLE || p->state == TASK_UNINTERRUPTIBLE) {
		p->state = TASK_RUNNING;
		p->wchan = NULL;
		if (current == &init_task)
			set_tsk_need_resched(current);	/* the idle loop should notice at once */
	}
}

static void sleep_on_state(void *chan, long state)
{
	current->wchan = chan;
	current->state = state;
	schedule();
	current->wchan = NULL;
}

void interruptible_sleep_on(void *chan)
{
	sleep_on_state(chan, TASK_INTERRUPTIBLE);
}

void sleep_on(void *chan)
{
	sleep_on_state(chan, TASK_UNINTERRUPTIBLE);
}

void wake_up(void *chan)
{
	struct task_struct *p;

	for_each_process(p)
		if (p->wchan == chan)
			wake_up_process(p);
}

/* schedule_timeout_interruptible - sleep @ticks; returns the ticks left */
long schedule_timeout_interruptible(long ticks)
{
	unsigned long flags;
	long left;

	local_irq_save(flags);
	current->timeout = jiffies + ticks;
	if (!signal_pending(current))
		sleep_on_state(&current->timeout, TASK_INTERRUPTIBLE);
	left = (long)(current->timeout - jiffies);
	current->timeout = 0;
	local_irq_restore(flags);
	return left > 0 ? left : 0;
}

struct task_struct *find_task_by_pid(pid_t pid)
{
	struct task_struct *p;

	for_each_process(p)
		if (p->pid == pid)
			return p;
	return NULL;
}

asmlinkage long sys_sched_yield(void)
{
	set_tsk_need_resched(current);
	return 0;
}

/* cpu_idle - what pid 0 does forever: halt until an interrupt, then look for work */
void cpu_idle(void)
{
	for (;;) {
		local_irq_disable();
		if (test_ti_thread_flag(current_thread_info(), TIF_NEED_RESCHED))
			schedule();
		safe_halt();
	}
}

void __init sched_init(void)
{
	struct thread_info *ti = current_thread_info();

	init_task.stack = ti;
	init_task.thread.sp0 = (unsigned long)ti + THREAD_SIZE;
	ti->task = &init_task;
	ti->addr_limit = KERNEL_DS;
	asm volatile("fninit");
	save_i387(init_task.thread.i387);	/* the clean state every task starts from */
}
