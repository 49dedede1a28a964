/* Forwarding a va_list to vsnprintf, like a kernel's printk does. */
#include <stdio.h>
#include <stdarg.h>

static char logbuf[256];
static int loglen;

static int log_line(const char *level, const char *fmt, ...)
{
	va_list ap;
	int n;
	n = snprintf(logbuf + loglen, sizeof logbuf - loglen, "<%s> ", level);
	loglen += n;
	va_start(ap, fmt);
	n = vsnprintf(logbuf + loglen, sizeof logbuf - loglen, fmt, ap);
	va_end(ap);
	loglen += n;
	return n;
}

int main(void)
{
	log_line("6", "hello %s, %d\n", "world", 42);
	log_line("3", "%5.2f|%-4d|%x\n", 3.14159, 7, 255);
	log_line("7", "%c%c%c %lld\n", 'a', 'b', 'c', -1234567890123LL);
	fputs(logbuf, stdout);
	return loglen;
}
