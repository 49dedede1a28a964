#ifndef _ASM_X86_SIGNAL_H
#define _ASM_X86_SIGNAL_H

/* Signal numbers and sigaction flags of Linux on i386, shared by the kernel
 * (include/linux/signal.h) and the libc (usr/include/signal.h). The numbers and
 * flags are plain #defines any program may include; the kernel's own structures
 * are under __KERNEL__, since the libc lays out its own. */
#define SIGHUP		 1
#define SIGINT		 2	/* ^C at the terminal */
#define SIGQUIT		 3
#define SIGILL		 4
#define SIGTRAP		 5
#define SIGABRT		 6	/* abort() */
#define SIGIOT		 6
#define SIGBUS		 7
#define SIGFPE		 8	/* division by zero */
#define SIGKILL		 9	/* cannot be caught */
#define SIGUSR1		10
#define SIGSEGV		11	/* bad memory access */
#define SIGUSR2		12
#define SIGPIPE		13	/* write to a pipe nobody reads */
#define SIGALRM		14
#define SIGTERM		15	/* kill's default */
#define SIGSTKFLT	16
#define SIGCHLD		17	/* a child stopped or exited */
#define SIGCONT		18
#define SIGSTOP		19
#define SIGTSTP		20	/* ^Z */
#define SIGTTIN		21
#define SIGTTOU		22
#define SIGURG		23
#define SIGXCPU		24
#define SIGXFSZ		25
#define SIGVTALRM	26
#define SIGPROF		27
#define SIGWINCH	28
#define SIGIO		29
#define SIGPWR		30
#define SIGSYS		31

#define SA_NOCLDSTOP	0x00000001u
#define SA_NOCLDWAIT	0x00000002u
#define SA_SIGINFO	0x00000004u
#define SA_ONSTACK	0x08000000u
#define SA_RESTART	0x10000000u
#define SA_NODEFER	0x40000000u
#define SA_RESETHAND	0x80000000u
#define SA_RESTORER	0x04000000

#define SIG_BLOCK	0
#define SIG_UNBLOCK	1
#define SIG_SETMASK	2

#ifdef __KERNEL__
#define _NSIG		64
#define _NSIG_BPW	32
#define _NSIG_WORDS	(_NSIG / _NSIG_BPW)

#ifndef __ASSEMBLY__
typedef struct {
	unsigned long sig[_NSIG_WORDS];
} sigset_t;

typedef void (*__sighandler_t)(int);
typedef void (*__sigrestore_t)(void);

#define SIG_DFL	((__sighandler_t)0)	/* default signal handling */
#define SIG_IGN	((__sighandler_t)1)	/* ignore signal */

/* the rt_sigaction(2) structure */
struct sigaction {
	__sighandler_t sa_handler;
	unsigned long sa_flags;
	__sigrestore_t sa_restorer;
	sigset_t sa_mask;
};

struct k_sigaction {
	struct sigaction sa;
};

/* the old sigaction(2)/sigprocmask(2) structures with a one-word mask */
typedef unsigned long old_sigset_t;

struct old_sigaction {
	__sighandler_t sa_handler;
	old_sigset_t sa_mask;
	unsigned long sa_flags;
	__sigrestore_t sa_restorer;
};
#endif /* __ASSEMBLY__ */
#endif /* __KERNEL__ */

#endif
