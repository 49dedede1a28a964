/*
 * kernel/signal.c: sending signals, and the calls that set them up.
 *
 * A signal is a bit in the target's pending set; TIF_SIGPENDING tells the
 * exit path (entry_32.S) to run do_signal() before returning to user mode,
 * which either calls the handler (arch/x86/kernel/signal.c) or takes the
 * default action. Init (pid 1) never dies of a signal it has no handler
 * for, as on Linux.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <linux/signal.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>
#include <linux/errno.h>

#define valid_signal(sig)	((sig) >= 1 && (sig) <= _NSIG)

static int sig_unblocked(struct task_struct *p)
{
	return (p->pending.sig[0] & ~p->blocked.sig[0]) || (p->pending.sig[1] & ~p->blocked.sig[1]);
}

static void recalc_sigpending_tsk(struct task_struct *p)
{
	if (sig_unblocked(p))
		set_ti_thread_flag(p->stack, TIF_SIGPENDING);
	else
		clear_ti_thread_flag(p->stack, TIF_SIGPENDING);
}

void recalc_sigpending(void)
{
	recalc_sigpending_tsk(current);
}

int task_has_handler(struct task_struct *p, int sig)
{
	__sighandler_t h = p->action[sig - 1].sa.sa_handler;

	return h != SIG_DFL && h != SIG_IGN && !sigismember(&p->blocked, sig);
}

/* would the signal do nothing at all? then it is not even queued */
static int sig_ignored(struct task_struct *p, int sig)
{
	__sighandler_t h = p->action[sig - 1].sa.sa_handler;

	if (sig_kernel_only(sig))
		return p->pid == 1;
	if (h == SIG_IGN)
		return 1;
	return h == SIG_DFL && (sig_kernel_ignore(sig) || p->pid == 1);
}

/* send_sig - queue @sig for @p and wake it if it sleeps interruptibly */
int send_sig(int sig, struct task_struct *p, int priv)
{
	unsigned long flags;

	if (!valid_signal(sig))
		return -EINVAL;
	if (p->state == EXIT_ZOMBIE || p->state == EXIT_DEAD || sig_ignored(p, sig))
		return 0;
	local_irq_save(flags);
	sigaddset(&p->pending, sig);
	recalc_sigpending_tsk(p);
	if (sig == SIGKILL || signal_pending(p)) {
		if (p->state == TASK_INTERRUPTIBLE)
			wake_up_process(p);
	}
	local_irq_restore(flags);
	return 0;
}

/* force_sig - a fault's signal: it cannot be blocked or ignored */
void force_sig(int sig, struct task_struct *p)
{
	struct k_sigaction *ka = &p->action[sig - 1];

	if (ka->sa.sa_handler == SIG_IGN || sigismember(&p->blocked, sig)) {
		ka->sa.sa_handler = SIG_DFL;
		sigdelset(&p->blocked, sig);
	}
	if (p->pid == 1 && ka->sa.sa_handler == SIG_DFL)
		panic("Attempted to kill init! (signal %d)", sig);
	send_sig(sig, p, 1);
}

int kill_pgrp(int pgrp, int sig, int priv)
{
	struct task_struct *p;
	int found = 0;

	for_each_process(p) {
		if (p->pgrp == pgrp) {
			send_sig(sig, p, priv);
			found = 1;
		}
	}
	return found ? 0 : -ESRCH;
}

/* dequeue_signal - the lowest pending unblocked signal, or 0 */
static int dequeue_signal(struct task_struct *p)
{
	int sig;

	for (sig = 1; sig <= _NSIG; sig++) {
		if (sigismember(&p->pending, sig) && !sigismember(&p->blocked, sig)) {
			sigdelset(&p->pending, sig);
			recalc_sigpending_tsk(p);
			return sig;
		}
	}
	return 0;
}

/*
 * get_signal_to_deliver - take the default action of pending signals until
 * one with a handler turns up; returns it (its action in *ka) or 0
 */
int get_signal_to_deliver(struct k_sigaction *ka, struct pt_regs *regs)
{
	struct task_struct *p = current;
	int sig;

	while ((sig = dequeue_signal(p)) != 0) {
		*ka = p->action[sig - 1];
		if (ka->sa.sa_handler == SIG_IGN)
			continue;
		if (ka->sa.sa_handler != SIG_DFL) {
			if (ka->sa.sa_flags & SA_RESETHAND)
				p->action[sig - 1].sa.sa_handler = SIG_DFL;
			return sig;
		}
		/* default actions: ignore, or (no job control here) stop = ignore */
		if (sig_kernel_ignore(sig) || sig == SIGSTOP || sig == SIGTSTP ||
		    sig == SIGTTIN || sig == SIGTTOU || p->pid == 1)
			continue;
		do_exit(sig);	/* terminate, with the signal as the wait status */
	}
	return 0;
}

void flush_signal_handlers(struct task_struct *t)
{
	int i;

	for (i = 0; i < _NSIG; i++) {
		if (t->action[i].sa.sa_handler != SIG_IGN)
			t->action[i].sa.sa_handler = SIG_DFL;
		t->action[i].sa.sa_flags = 0;
		sigemptyset(&t->action[i].sa.sa_mask);
	}
}

asmlinkage long sys_kill(int pid, int sig)
{
	struct task_struct *p;
	int found = 0;

	if (sig < 0 || sig > _NSIG)
		return -EINVAL;
	if (pid > 0) {
		p = find_task_by_pid(pid);
		return p ? send_sig(sig, p, 0) : -ESRCH;
	}
	if (pid == 0)
		return kill_pgrp(current->pgrp, sig, 0);
	if (pid < -1)
		return kill_pgrp(-pid, sig, 0);
	for_each_process(p) {		/* -1: everyone but init and ourselves */
		if (p->pid > 1 && p != current) {
			send_sig(sig, p, 0);
			found = 1;
		}
	}
	return found ? 0 : -ESRCH;
}

asmlinkage long sys_tkill(int pid, int sig)
{
	return pid > 0 ? sys_kill(pid, sig) : -EINVAL;
}

asmlinkage long sys_tgkill(int tgid, int pid, int sig)
{
	return pid > 0 && tgid > 0 ? sys_kill(pid, sig) : -EINVAL;
}

static int do_sigaction(int sig, struct k_sigaction *act, struct k_sigaction *oact)
{
	struct task_struct *p = current;

	if (!valid_signal(sig) || (act && sig_kernel_only(sig)))
		return -EINVAL;
	if (oact)
		*oact = p->action[sig - 1];
	if (act) {
		sigdelset(&act->sa.sa_mask, SIGKILL);
		sigdelset(&act->sa.sa_mask, SIGSTOP);
		p->action[sig - 1] = *act;
		if (sig_ignored(p, sig)) {		/* POSIX: discard it if pending */
			sigdelset(&p->pending, sig);
			recalc_sigpending();
		}
	}
	return 0;
}

asmlinkage long sys_rt_sigaction(int sig, const struct sigaction __user *act,
				 struct sigaction __user *oact, size_t sigsetsize)
{
	struct k_sigaction new_ka, old_ka;
	int ret;

	if (sigsetsize != sizeof(sigset_t))
		return -EINVAL;
	if (act && copy_from_user(&new_ka.sa, act, sizeof(new_ka.sa)))
		return -EFAULT;
	ret = do_sigaction(sig, act ? &new_ka : NULL, oact ? &old_ka : NULL);
	if (!ret && oact && copy_to_user(oact, &old_ka.sa, sizeof(old_ka.sa)))
		return -EFAULT;
	return ret;
}

asmlinkage long sys_sigaction(int sig, const struct old_sigaction __user *act,
			      struct old_sigaction __user *oact)
{
	struct k_sigaction new_ka, old_ka;
	struct old_sigaction o;
	int ret;

	if (act) {
		if (copy_from_user(&o, act, sizeof(o)))
			return -EFAULT;
		new_ka.sa.sa_handler = o.sa_handler;
		new_ka.sa.sa_flags = o.sa_flags;
		new_ka.sa.sa_restorer = o.sa_restorer;
		new_ka.sa.sa_mask.sig[0] = o.sa_mask;
		new_ka.sa.sa_mask.sig[1] = 0;
	}
	ret = do_sigaction(sig, act ? &new_ka : NULL, oact ? &old_ka : NULL);
	if (!ret && oact) {
		o.sa_handler = old_ka.sa.sa_handler;
		o.sa_flags = old_ka.sa.sa_flags;
		o.sa_restorer = old_ka.sa.sa_restorer;
		o.sa_mask = old_ka.sa.sa_mask.sig[0];
		if (copy_to_user(oact, &o, sizeof(o)))
			return -EFAULT;
	}
	return ret;
}

asmlinkage long sys_signal(int sig, __sighandler_t handler)
{
	struct k_sigaction new_ka, old_ka;
	int ret;

	memset(&new_ka, 0, sizeof(new_ka));
	new_ka.sa.sa_handler = handler;
	new_ka.sa.sa_flags = SA_RESETHAND | SA_NODEFER;
	ret = do_sigaction(sig, &new_ka, &old_ka);
	return ret ? ret : (long)old_ka.sa.sa_handler;
}

static int set_blocked(int how, sigset_t *set)
{
	sigset_t *b = &current->blocked;
	int i;

	sigdelset(set, SIGKILL);
	sigdelset(set, SIGSTOP);
	for (i = 0; i < _NSIG_WORDS; i++) {
		if (how == SIG_BLOCK)
			b->sig[i] |= set->sig[i];
		else if (how == SIG_UNBLOCK)
			b->sig[i] &= ~set->sig[i];
		else if (how == SIG_SETMASK)
			b->sig[i] = set->sig[i];
		else
			return -EINVAL;
	}
	recalc_sigpending();
	return 0;
}

asmlinkage long sys_rt_sigprocmask(int how, sigset_t __user *set, sigset_t __user *oset,
				   size_t sigsetsize)
{
	sigset_t old = current->blocked, new;
	int err = 0;

	if (sigsetsize != sizeof(sigset_t))
		return -EINVAL;
	if (set) {
		if (copy_from_user(&new, set, sizeof(new)))
			return -EFAULT;
		err = set_blocked(how, &new);
	}
	if (!err && oset && copy_to_user(oset, &old, sizeof(old)))
		return -EFAULT;
	return err;
}

asmlinkage long sys_sigprocmask(int how, old_sigset_t __user *set, old_sigset_t __user *oset)
{
	old_sigset_t old = current->blocked.sig[0];
	sigset_t new = current->blocked;
	int err = 0;

	if (set) {
		if (copy_from_user(&new.sig[0], set, sizeof(old_sigset_t)))
			return -EFAULT;
		new.sig[1] = how == SIG_SETMASK ? current->blocked.sig[1] : 0;
		err = set_blocked(how, &new);
	}
	if (!err && oset && copy_to_user(oset, &old, sizeof(old)))
		return -EFAULT;
	return err;
}

asmlinkage long sys_rt_sigpending(sigset_t __user *set, size_t sigsetsize)
{
	sigset_t pending;

	if (sigsetsize != sizeof(sigset_t))
		return -EINVAL;
	pending.sig[0] = current->pending.sig[0] & current->blocked.sig[0];
	pending.sig[1] = current->pending.sig[1] & current->blocked.sig[1];
	return copy_to_user(set, &pending, sizeof(pending)) ? -EFAULT : 0;
}

/* sigsuspend: wait with a temporary mask; do_signal() restores the old one */
static long do_sigsuspend(sigset_t *mask)
{
	current->saved_sigmask = current->blocked;
	current->restore_sigmask = 1;
	set_blocked(SIG_SETMASK, mask);
	while (!signal_pending(current))
		interruptible_sleep_on(&current->pending);
	return -ERESTARTNOHAND;
}

asmlinkage long sys_rt_sigsuspend(sigset_t __user *unewset, size_t sigsetsize)
{
	sigset_t mask;

	if (sigsetsize != sizeof(sigset_t))
		return -EINVAL;
	if (copy_from_user(&mask, unewset, sizeof(mask)))
		return -EFAULT;
	return do_sigsuspend(&mask);
}

asmlinkage long sys_sigsuspend(int history0, int history1, old_sigset_t mask)
{
	sigset_t m = current->blocked;

	m.sig[0] = mask;
	return do_sigsuspend(&m);
}

asmlinkage long sys_pause(void)
{
	while (!signal_pending(current))
		interruptible_sleep_on(&current->pending);
	return -ERESTARTNOHAND;
}
