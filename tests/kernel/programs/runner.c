/*
 * runner: a minimal init for the kernel tests. It runs each "program args"
 * group (separated by "--") as a child, reports how each one ended, then
 * powers the machine off. Usage: rdinit=/bin/runner /bin/prog a b -- /bin/other
 */
#include "sys.h"

static void report(const char *prog, int status)
{
	puts1("runner: ");
	puts1(prog);
	if ((status & 0x7f) == 0) {
		puts1(" exited ");
		putnum((status >> 8) & 0xff);
	} else {
		puts1(" killed by signal ");
		putnum(status & 0x7f);
	}
	puts1("\n");
}

static void run(char **argv, char **envp)
{
	int status = 0;
	long pid = sys0(__NR_fork);

	if (pid == 0) {
		sys3(__NR_execve, argv[0], argv, envp);
		puts1("runner: cannot exec ");
		puts1(argv[0]);
		puts1("\n");
		sys_exit_now(127);
	}
	if (pid < 0) {
		puts1("runner: fork failed\n");
		return;
	}
	while (sys3(__NR_wait4, pid, &status, 0) != pid)
		;
	report(argv[0], status);
}

int main(int argc, char **argv, char **envp)
{
	int i, start = 1;

	for (i = 1; i <= argc; i++) {
		if (i == argc || (argv[i][0] == '-' && argv[i][1] == '-' && !argv[i][2])) {
			argv[i < argc ? i : argc] = 0;
			if (i > start)
				run(argv + start, envp);
			start = i + 1;
		}
	}
	puts1("runner: done\n");
	power_off();
	return 0;
}
DEFINE_START(main)
