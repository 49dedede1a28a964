/*
 * proctest: what ps does: list /proc, read each /proc/<pid>/stat; then
 * read and write /proc/syscall_trace.
 */
#include "sys.h"

static char dents[4096], text[512];

static void cat(const char *path)
{
	long fd = sys2(__NR_open, path, 0), n;

	if (fd < 0) {
		puts1("proctest: cannot open ");
		puts1(path);
		puts1("\n");
		return;
	}
	while ((n = sys3(__NR_read, fd, text, sizeof(text) - 1)) > 0) {
		text[n] = 0;
		puts1(text);
	}
	sys1(__NR_close, fd);
}

int main(int argc, char **argv, char **envp)
{
	long fd = sys2(__NR_open, "/proc", 0x10000), n, off;
	char path[64], *name;
	int i;

	while ((n = sys3(__NR_getdents64, fd, dents, sizeof(dents))) > 0) {
		for (off = 0; off < n; off += *(unsigned short *)(dents + off + 16)) {
			name = dents + off + 19;
			if (name[0] < '0' || name[0] > '9')
				continue;
			for (i = 0; "/proc/"[i]; i++)
				path[i] = "/proc/"[i];
			while (*name)
				path[i++] = *name++;
			path[i] = 0;
			for (name = "/stat"; *name; name++)
				path[i++] = *name;
			path[i] = 0;
			cat(path);
		}
	}
	sys1(__NR_close, fd);
	cat("/proc/syscall_trace");
	fd = sys2(__NR_open, "/proc/syscall_trace", 1);
	sys3(__NR_write, fd, "20", 2);
	sys1(__NR_close, fd);
	cat("/proc/syscall_trace");
	sys0(__NR_getpid);
	fd = sys2(__NR_open, "/proc/syscall_trace", 1);
	sys3(__NR_write, fd, "off", 3);
	sys1(__NR_close, fd);
	cat("/proc/syscall_trace");
	return 0;
}
DEFINE_START(main)
