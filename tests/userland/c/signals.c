/* signal.h: handlers, sigaction with siginfo, masks, ignoring, default actions. */
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <errno.h>
#include <sys/wait.h>
#include "check.h"

static volatile sig_atomic_t got, info_signo, info_code_user, nested;

static void on_usr1(int sig) { got = sig; }

static void on_info(int sig, siginfo_t *si, void *ctx)
{
	(void)ctx;
	info_signo = si->si_signo == sig;
	info_code_user = si->si_pid == getpid();
}

static void on_usr2(int sig)
{
	(void)sig;
	nested++;
	if (nested == 1)
		raise(SIGUSR1);     /* another signal inside a handler */
}

static void on_segv(int sig)
{
	(void)sig;
	_exit(55);
}

/* Runs fn in a child and reports how the child ended. */
static void child_end(const char *name, void (*fn)(void))
{
	int st;
	pid_t pid;

	fflush(stdout);
	pid = fork();
	if (pid == 0) {
		fn();
		_exit(0);
	}
	waitpid(pid, &st, 0);
	CASE(name, "exited=%d code=%d signaled=%d sig=%d", WIFEXITED(st) != 0,
	     WIFEXITED(st) ? WEXITSTATUS(st) : -1, WIFSIGNALED(st) != 0,
	     WIFSIGNALED(st) ? WTERMSIG(st) : 0);
}

static void segv(void)
{
	volatile int *p = 0;

	*p = 1;
}

static void segv_caught(void)
{
	signal(SIGSEGV, on_segv);
	segv();
}

static void term_self(void) { raise(SIGTERM); }
static void do_abort(void) { abort(); }
static void ignored_term(void) { signal(SIGTERM, SIG_IGN); raise(SIGTERM); _exit(3); }

int main(void)
{
	struct sigaction sa, old;
	sigset_t set, prev;
	int fds[2];
	void (*h)(int);

	signal(SIGUSR1, on_usr1);
	raise(SIGUSR1);
	CASE("signal handler ran", "%d", got);
	got = 0;
	kill(getpid(), SIGUSR1);
	CASE("kill self", "%d", got);
	h = signal(SIGUSR1, SIG_DFL);
	CASE("signal returns old", "%d", h == on_usr1);

	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = on_info;
	sa.sa_flags = SA_SIGINFO;
	sigaction(SIGUSR2, &sa, 0);
	raise(SIGUSR2);
	CASE("sigaction siginfo", "%d %d", info_signo, info_code_user);
	sigaction(SIGUSR2, 0, &old);
	CASE("sigaction query", "%d", (old.sa_flags & SA_SIGINFO) != 0);

	signal(SIGUSR1, on_usr1);
	got = 0;
	sigemptyset(&set);
	sigaddset(&set, SIGUSR1);
	sigprocmask(SIG_BLOCK, &set, &prev);
	raise(SIGUSR1);
	CASE("blocked stays pending", "%d", got);
	sigprocmask(SIG_SETMASK, &prev, 0);
	CASE("unblock delivers", "%d", got);
	CASE("sigismember", "%d", sigismember(&set, SIGUSR1));
	CASE("sigismember not", "%d", sigismember(&set, SIGUSR2));
	sigfillset(&set);
	sigdelset(&set, SIGINT);
	CASE("sigfillset/sigdelset", "%d %d", sigismember(&set, SIGINT), sigismember(&set, SIGTERM));
	FAILS("sigaddset bad", sigaddset(&set, 0), EINVAL);

	signal(SIGUSR2, on_usr2);
	got = 0;
	raise(SIGUSR2);
	CASE("signal inside handler", "%d %d", nested, got);

	signal(SIGPIPE, SIG_IGN);
	pipe(fds);
	close(fds[0]);
	FAILS("EPIPE when SIGPIPE ignored", write(fds[1], "x", 1), EPIPE);
	close(fds[1]);
	signal(SIGPIPE, SIG_DFL);

	child_end("default SIGTERM kills", term_self);
	child_end("SIGSEGV kills", segv);
	child_end("SIGSEGV handler", segv_caught);
	child_end("abort", do_abort);
	child_end("SIG_IGN", ignored_term);
	return 0;
}
