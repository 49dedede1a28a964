/* exit.c - leaving a program: atexit handlers, flushing stdio, then the kernel. */
#include <stdlib.h>
#include <signal.h>
#include <unistd.h>
#include "libc.h"

#define ATEXIT_MAX 32
static void (*handlers[ATEXIT_MAX])(void);
static int nhandlers;

int atexit(void (*fn)(void))
{
	if (nhandlers == ATEXIT_MAX)
		return -1;
	handlers[nhandlers++] = fn;
	return 0;
}

/* Handlers run in the reverse order of registration, then every FILE is flushed. */
void exit(int status)
{
	while (nhandlers > 0)
		handlers[--nhandlers]();
	__stdio_exit();
	_exit(status);
}

/* exit_group ends every thread of the process; a kernel without it still has exit. */
void _exit(int status)
{
	__sys(__NR_exit_group, status, 0, 0, 0, 0, 0);
	for (;;)
		__sys(__NR_exit, status, 0, 0, 0, 0, 0);
}

void _Exit(int status)
{
	_exit(status);
}

/* Dies by SIGABRT even if the program caught or ignored it. */
void abort(void)
{
	sigset_t set;

	sigemptyset(&set);
	sigaddset(&set, SIGABRT);
	sigprocmask(SIG_UNBLOCK, &set, 0);
	raise(SIGABRT);
	signal(SIGABRT, SIG_DFL);
	raise(SIGABRT);
	_exit(127);
}
