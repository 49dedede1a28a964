/* signal.h - signals. sigaction() calls rt_sigaction with a "restorer": the little
 * piece of code (usr/lib/sigrestore.S) a handler returns into, which calls sigreturn
 * so the kernel can put back the registers the signal interrupted. */
#ifndef _SIGNAL_H
#define _SIGNAL_H

#include <sys/types.h>

/* the numbers and SA_ flags are the kernel's own, in arch/x86/include/asm/signal.h */
#include <asm/signal.h>

#define NSIG 65

typedef void (*sighandler_t)(int);
#define SIG_DFL ((sighandler_t)0)
#define SIG_IGN ((sighandler_t)1)
#define SIG_ERR ((sighandler_t)-1)

typedef struct { unsigned long sig[2]; } sigset_t;  /* 64 signals, the kernel's size */
typedef int sig_atomic_t;

typedef struct {
	int si_signo;
	int si_errno;
	int si_code;
	union {
		struct { pid_t si_pid; uid_t si_uid; int si_status; } _kill;
		void *si_addr;          /* SIGSEGV: the faulting address */
		int _pad[29];
	} _u;
} siginfo_t;
#define si_pid _u._kill.si_pid
#define si_uid _u._kill.si_uid
#define si_status _u._kill.si_status
#define si_addr _u.si_addr

struct sigaction {              /* laid out as the kernel reads it */
	union {
		void (*sa_handler)(int);
		void (*sa_sigaction)(int, siginfo_t *, void *);
	} __sa;
	unsigned long sa_flags;
	void (*sa_restorer)(void);
	sigset_t sa_mask;           /* blocked while the handler runs */
};
#define sa_handler __sa.sa_handler
#define sa_sigaction __sa.sa_sigaction

sighandler_t signal(int sig, sighandler_t handler);
int sigaction(int sig, const struct sigaction *act, struct sigaction *old);
int sigprocmask(int how, const sigset_t *set, sigset_t *old);
int sigemptyset(sigset_t *set);
int sigfillset(sigset_t *set);
int sigaddset(sigset_t *set, int sig);
int sigdelset(sigset_t *set, int sig);
int sigismember(const sigset_t *set, int sig);
int kill(pid_t pid, int sig);
int raise(int sig);

#endif
