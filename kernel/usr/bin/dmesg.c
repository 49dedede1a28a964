/* dmesg - print the kernel's log buffer: everything printk() wrote (the syslog
 * system call, action 3 "read all"). -c also clears it afterwards. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <errno.h>
#include <sys/klog.h>

int main(int argc, char **argv)
{
	int size, n, clear = 0;
	char *buf;

	if (argc > 1 && !strcmp(argv[1], "--help")) {
		printf("usage: dmesg [-c]\nprint the kernel log (-c: then clear it)\n");
		return 0;
	}
	if (argc > 2 || (argc == 2 && strcmp(argv[1], "-c"))) {
		fprintf(stderr, "usage: dmesg [-c]\n");
		return 2;
	}
	clear = argc == 2;
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
	write(1, buf, n);
	if (n > 0 && buf[n - 1] != '\n')
		write(1, "\n", 1);
	if (clear && klogctl(SYSLOG_ACTION_CLEAR, 0, 0) < 0) {
		fprintf(stderr, "dmesg: clear: %s\n", strerror(errno));
		return 1;
	}
	return 0;
}
