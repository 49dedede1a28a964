/*
 * mykernelprint: the lecture's driver, written against raw int $0x80 (the
 * tree's own libc has its own version in usr/lab). It prints its argv like
 * the lecture's main(), calls syscall 338 with argv[1] and reports the
 * result as the C library would: -1 and errno. "--bad" passes a pointer
 * into nowhere instead, which the lecture's sys_MyPrintK dereferences.
 */
#include "sys.h"

#define __NR_MyPrintK 338

static char line[128];
static int len;

static void add(const char *s)
{
	while (*s && len < (int)sizeof(line) - 1)
		line[len++] = *s++;
}

static void add_num(long v)
{
	char digits[16];
	int i = 15;
	unsigned long u = v < 0 ? -(unsigned long)v : (unsigned long)v;

	digits[i] = 0;
	do {
		digits[--i] = '0' + u % 10;
		u /= 10;
	} while (u);
	if (v < 0)
		digits[--i] = '-';
	add(digits + i);
}

/* one write() for the whole line, so kernel log lines cannot cut into it */
static void report(long r)
{
	int failed = r < 0 && r > -4096;

	add("mykernelprint: MyPrintK returned ");
	add_num(failed ? -1 : r);
	if (failed) {
		add(", errno ");
		add_num(-r);
		if (r == -38)
			add(" (ENOSYS: Function not implemented)");
	}
	add("\n");
	sys3(__NR_write, 1, line, len);
}

int main(int argc, char **argv, char **envp)
{
	const char *arg = argc > 1 ? argv[1] : "(none)";
	long r;

	puts1(argv[0]);
	puts1("\n");
	puts1(arg);
	puts1("\n");
	if (arg[0] == '-' && arg[1] == '-' && arg[2] == 'b')
		r = sys1(__NR_MyPrintK, 0xdeadbeef);
	else
		r = sys1(__NR_MyPrintK, arg);
	report(r);
	return 0;
}
DEFINE_START(main)
