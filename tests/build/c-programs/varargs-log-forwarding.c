/* A logging function forwards its variable arguments to vsnprintf with a prefix, and a second
 * layer forwards its own va_list on (a va_list can be passed down but read only once). */
#include <stdio.h>
#include <stdarg.h>
#include <string.h>

static int lines;

static int vlog(const char *level, const char *fmt, va_list ap)
{
	char msg[96];
	int n = vsnprintf(msg, sizeof msg, fmt, ap);
	lines++;
	printf("[%d] %-5s %s (%d chars)\n", lines, level, msg, n);
	return n;
}

static int log_info(const char *fmt, ...)
{
	va_list ap;
	int n;
	va_start(ap, fmt);
	n = vlog("info", fmt, ap);
	va_end(ap);
	return n;
}

static int log_at(int level, const char *fmt, ...)
{
	static const char *const names[] = { "emerg", "alert", "crit", "err", "warn" };
	va_list ap;
	int n;
	va_start(ap, fmt);
	n = vlog(level >= 0 && level < 5 ? names[level] : "?", fmt, ap);
	va_end(ap);
	return n;
}

int main(void)
{
	int total = 0;
	total += log_info("booting %s version %d.%d.%d", "Linux", 2, 6, 33);
	total += log_info("%d%% done, %s", 50, "wait");
	total += log_at(3, "syscall %d returned %ld", 338, -38L);
	total += log_at(4, "%c%c%c %5.1f", 'a', 'b', 'c', 2.25);
	total += log_at(9, "%s", "");
	total += log_info("long long %lld and unsigned %u", -9000000000LL, 4000000000u);
	printf("total %d lines %d\n", total, lines);
	return lines;
}
