/* signal.c - installing handlers and sending signals.
 *
 * When the kernel delivers a signal it builds a frame on the user stack and jumps to
 * the handler; the handler's "return address" is our restorer (sigrestore.S), which
 * asks the kernel (sigreturn) to restore the interrupted registers. Linux builds a
 * plain frame for an sa_handler and an "rt" frame (with siginfo) for SA_SIGINFO; each
 * has its own sigreturn call, so each has its own restorer.
 */
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include <errno.h>
#include "libc.h"

void __restore(void);       /* sigreturn */
void __restore_rt(void);    /* rt_sigreturn */

int sigaction(int sig, const struct sigaction *act, struct sigaction *old)
{
	struct sigaction k;

	if (act) {
		k = *act;
		k.sa_flags |= SA_RESTORER;
		k.sa_restorer = (k.sa_flags & SA_SIGINFO) ? __restore_rt : __restore;
		act = &k;
	}
	return SYS4(__NR_rt_sigaction, sig, act, old, sizeof(sigset_t));
}

/* BSD semantics, as glibc: the handler stays installed and slow calls restart. */
sighandler_t signal(int sig, sighandler_t handler)
{
	struct sigaction sa, old;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = handler;
	sa.sa_flags = SA_RESTART;
	sigaddset(&sa.sa_mask, sig);
	if (sigaction(sig, &sa, &old) < 0)
		return SIG_ERR;
	return old.sa_handler;
}

int sigprocmask(int how, const sigset_t *set, sigset_t *old)
{
	return SYS4(__NR_rt_sigprocmask, how, set, old, sizeof(sigset_t));
}

int kill(pid_t pid, int sig) { return SYS2(__NR_kill, pid, sig); }
int raise(int sig) { return kill(getpid(), sig); }

int sigemptyset(sigset_t *set)
{
	set->sig[0] = set->sig[1] = 0;
	return 0;
}

int sigfillset(sigset_t *set)
{
	set->sig[0] = set->sig[1] = ~0UL;
	return 0;
}

/* Signal n is bit n-1 of the 64-bit mask. */
static int bad(int sig)
{
	if (sig >= 1 && sig < NSIG)
		return 0;
	errno = EINVAL;
	return 1;
}

int sigaddset(sigset_t *set, int sig)
{
	if (bad(sig))
		return -1;
	set->sig[(sig - 1) / 32] |= 1UL << ((sig - 1) % 32);
	return 0;
}

int sigdelset(sigset_t *set, int sig)
{
	if (bad(sig))
		return -1;
	set->sig[(sig - 1) / 32] &= ~(1UL << ((sig - 1) % 32));
	return 0;
}

int sigismember(const sigset_t *set, int sig)
{
	if (bad(sig))
		return -1;
	return (set->sig[(sig - 1) / 32] >> ((sig - 1) % 32)) & 1;
}
