/* signal.h - signals. sigaction() calls rt_sigaction with a "restorer": the little
 * piece of code (usr/lib/sigrestore.S) a handler returns into, which calls sigreturn
 * so the kernel can put back the registers the signal interrupted. */
#ifndef _SIGNAL_H
#define _SIGNAL_H

#include <sys/types.h>

#define SIGHUP 1
#define SIGINT 2        /* ^C at the terminal */
#define SIGQUIT 3
#define SIGILL 4
#define SIGTRAP 5
#define SIGABRT 6       /* abort() */
#define SIGIOT 6
#define SIGBUS 7
#define SIGFPE 8        /* division by zero */
#define SIGKILL 9       /* cannot be caught */
#define SIGUSR1 10
#define SIGSEGV 11      /* bad memory access */
#define SIGUSR2 12
#define SIGPIPE 13      /* write to a pipe nobody reads */
#define SIGALRM 14
#define SIGTERM 15      /* kill's default */
#define SIGSTKFLT 16
#define SIGCHLD 17      /* a child stopped or exited */
#define SIGCONT 18
#define SIGSTOP 19
#define SIGTSTP 20      /* ^Z */
#define SIGTTIN 21
#define SIGTTOU 22
#define SIGURG 23
#define SIGXCPU 24
#define SIGXFSZ 25
#define SIGVTALRM 26
#define SIGPROF 27
#define SIGWINCH 28
#define SIGIO 29
#define SIGPWR 30
#define SIGSYS 31
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

#define SA_NOCLDSTOP 0x00000001
#define SA_NOCLDWAIT 0x00000002
#define SA_SIGINFO 0x00000004
#define SA_RESTORER 0x04000000
#define SA_ONSTACK 0x08000000
#define SA_RESTART 0x10000000
#define SA_NODEFER 0x40000000
#define SA_RESETHAND 0x80000000

#define SIG_BLOCK 0
#define SIG_UNBLOCK 1
#define SIG_SETMASK 2

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
