/* wait.c - waiting for children, through wait4 (the generic Linux call). */
#include <sys/wait.h>
#include "libc.h"

pid_t waitpid(pid_t pid, int *status, int options)
{
	return SYS4(__NR_wait4, pid, status, options, 0);
}

pid_t wait(int *status)
{
	return waitpid(-1, status, 0);
}
