/* memfree: print /proc/meminfo's MemFree line (a leak shows as a shrinking number). */
#include "sys.h"

int main(int argc, char **argv, char **envp)
{
	char buf[256];
	long fd = sys2(__NR_open, "/proc/meminfo", 0), n;
	char *p;

	if (fd < 0)
		return 1;
	n = sys3(__NR_read, fd, buf, sizeof(buf) - 1);
	sys1(__NR_close, fd);
	buf[n > 0 ? n : 0] = 0;
	for (p = buf; *p; p++) {
		if (p[0] == 'M' && p[3] == 'F') {	/* "MemFree:" */
			char *e = p;

			while (*e && *e != '\n')
				e++;
			*e = 0;
			puts1(p);
			puts1("\n");
			return 0;
		}
	}
	return 1;
}
DEFINE_START(main)
