/*
 * forkstress: fork hundreds of children, each exiting with its own code,
 * and reap them all; then check that every pid and status came back once.
 * Usage: forkstress [children] (default 300, in waves of 50).
 */
#include "sys.h"

#define MAX_CHILDREN	1000
#define WAVE		50

static long pids[MAX_CHILDREN];
static char seen[MAX_CHILDREN];

static long parse(const char *s)
{
	long v = 0;

	while (*s >= '0' && *s <= '9')
		v = v * 10 + *s++ - '0';
	return v;
}

static int reap(int n)
{
	int status, i, errors = 0;
	long pid;

	while (n--) {
		pid = sys3(__NR_wait4, -1, &status, 0);
		for (i = 0; i < MAX_CHILDREN && pids[i] != pid; i++)
			;
		if (pid <= 0 || i == MAX_CHILDREN || seen[i] || ((status >> 8) & 0xff) != (i & 0xff)) {
			errors++;
			continue;
		}
		seen[i] = 1;
	}
	return errors;
}

int main(int argc, char **argv, char **envp)
{
	long total = argc > 1 ? parse(argv[1]) : 300, i, pid;
	int errors = 0, inflight = 0;

	if (total > MAX_CHILDREN)
		total = MAX_CHILDREN;
	for (i = 0; i < total; i++) {
		pid = sys0(__NR_fork);
		if (pid == 0)
			sys_exit_now(i & 0xff);
		if (pid < 0) {
			puts1("forkstress: fork failed\n");
			return 1;
		}
		pids[i] = pid;
		if (++inflight == WAVE) {
			errors += reap(inflight);
			inflight = 0;
		}
	}
	errors += reap(inflight);
	if (sys3(__NR_wait4, -1, 0, 0) != -10)
		errors++;		/* ECHILD: nothing left */
	puts1("forkstress: ");
	putnum(total);
	puts1(" children, ");
	putnum(errors);
	puts1(" errors\n");
	return errors != 0;
}
DEFINE_START(main)
