/* kill - send a signal to processes (SIGTERM unless told otherwise).
 *   kill [-SIGNAL | -s SIGNAL] PID...      SIGNAL: a name (INT, SIGKILL) or a number
 *   kill -l                                list the signal names */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <errno.h>

static const char *const names[] = {
	0, "HUP", "INT", "QUIT", "ILL", "TRAP", "ABRT", "BUS", "FPE", "KILL", "USR1", "SEGV",
	"USR2", "PIPE", "ALRM", "TERM", "STKFLT", "CHLD", "CONT", "STOP", "TSTP", "TTIN",
	"TTOU", "URG", "XCPU", "XFSZ", "VTALRM", "PROF", "WINCH", "IO", "PWR", "SYS",
};

/* A signal by number or name, with or without "SIG"; -1 if unknown. */
static int parse_signal(const char *s)
{
	char *end;
	long n = strtol(s, &end, 10);
	int i;

	if (*s && !*end)
		return n >= 0 && n < NSIG ? (int)n : -1;
	if (!strncasecmp(s, "SIG", 3))
		s += 3;
	for (i = 1; i < 32; i++)
		if (!strcasecmp(s, names[i]))
			return i;
	return -1;
}

static int usage(int code)
{
	fprintf(code ? stderr : stdout,
		"usage: kill [-SIGNAL | -s SIGNAL] PID...\n       kill -l\n"
		"send SIGNAL (default TERM) to the processes\n");
	return code;
}

int main(int argc, char **argv)
{
	int i = 1, sig = SIGTERM, err = 0;
	char *end;

	if (argc < 2)
		return usage(2);
	if (!strcmp(argv[1], "--help"))
		return usage(0);
	if (!strcmp(argv[1], "-l")) {
		for (i = 1; i < 32; i++)
			printf("%2d %s%s", i, names[i], i % 8 ? "\t" : "\n");
		return 0;
	}
	if (!strcmp(argv[1], "-s") || (argv[1][0] == '-' && argv[1][1] && !(argv[1][1] >= '0' && argv[1][1] <= '9' && argc == 2))) {
		const char *name = !strcmp(argv[1], "-s") ? argv[++i] : argv[1] + 1;

		sig = name ? parse_signal(name) : -1;
		if (sig < 0) {
			fprintf(stderr, "kill: unknown signal '%s'\n", name ? name : "");
			return 2;
		}
		i++;
	}
	if (i == argc)
		return usage(2);
	for (; i < argc; i++) {
		long pid = strtol(argv[i], &end, 10);

		if (!*argv[i] || *end) {
			fprintf(stderr, "kill: '%s' is not a process id\n", argv[i]);
			err = 1;
		} else if (kill((int)pid, sig) < 0) {
			fprintf(stderr, "kill: %ld: %s\n", pid, strerror(errno));
			err = 1;
		}
	}
	return err;
}
