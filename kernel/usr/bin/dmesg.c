/* dmesg - print the kernel's log buffer: everything printk() wrote (the syslog
 * system call, action 3 "read all"). As in Linux, each line's "<N>" level prefix
 * is dropped unless -r (raw) asks for the buffer exactly as the kernel keeps it;
 * -c also clears the buffer afterwards. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <errno.h>
#include <sys/klog.h>

#define USAGE "usage: dmesg [-r] [-c]\n"

static int raw, clear;

/* Sets the flags from argv; returns 0, or 2 after printing the usage to stderr. */
static int parse_args(int argc, char **argv)
{
	int i;
	const char *p;

	for (i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--raw")) {
			raw = 1;
			continue;
		}
		if (!strcmp(argv[i], "--read-clear")) {
			clear = 1;
			continue;
		}
		if (argv[i][0] != '-' || !argv[i][1])
			goto bad;
		for (p = argv[i] + 1; *p; p++) {
			if (*p == 'r')
				raw = 1;
			else if (*p == 'c')
				clear = 1;
			else
				goto bad;
		}
	}
	return 0;
bad:
	fprintf(stderr, "dmesg: unknown option '%s'\n" USAGE, argv[i]);
	return 2;
}

/* Length of a "<N>" level prefix at p (digits between angle brackets), else 0. */
static int prefix_len(const char *p, const char *end)
{
	const char *q = p + 1;

	if (p >= end || *p != '<')
		return 0;
	while (q < end && *q >= '0' && *q <= '9' && q - p <= 3)
		q++;
	return q > p + 1 && q < end && *q == '>' ? q + 1 - p : 0;
}

/* Writes the log without the level prefix at the start of each line. */
static void write_stripped(const char *buf, int n)
{
	const char *p = buf, *end = buf + n, *nl;

	while (p < end) {
		p += prefix_len(p, end);
		nl = memchr(p, '\n', end - p);
		nl = nl ? nl + 1 : end;
		write(1, p, nl - p);
		p = nl;
	}
}

int main(int argc, char **argv)
{
	int size, n, r;
	char *buf;

	if (argc > 1 && !strcmp(argv[1], "--help")) {
		printf(USAGE "print the kernel log without the <N> level prefixes\n"
		       "  -r, --raw         print the buffer as kept, with the prefixes\n"
		       "  -c, --read-clear  clear the log after printing it\n");
		return 0;
	}
	r = parse_args(argc, argv);
	if (r)
		return r;
	size = klogctl(SYSLOG_ACTION_SIZE_BUFFER, 0, 0);
	if (size <= 0)
		size = 16384;   /* an older kernel cannot tell: guess */
	buf = malloc(size);
	if (!buf) {
		fprintf(stderr, "dmesg: out of memory\n");
		return 1;
	}
	n = klogctl(SYSLOG_ACTION_READ_ALL, buf, size);
	if (n < 0) {
		fprintf(stderr, "dmesg: %s\n", strerror(errno));
		return 1;
	}
	if (raw)
		write(1, buf, n);
	else
		write_stripped(buf, n);
	if (n > 0 && buf[n - 1] != '\n')
		write(1, "\n", 1);
	if (clear && klogctl(SYSLOG_ACTION_CLEAR, 0, 0) < 0) {
		fprintf(stderr, "dmesg: clear: %s\n", strerror(errno));
		return 1;
	}
	return 0;
}
