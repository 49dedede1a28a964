/* A NULL-terminated list of strings, joined. */
#include <stdio.h>
#include <stdarg.h>
#include <string.h>

static int join(char *out, const char *sep, ...)
{
	va_list ap;
	const char *s;
	int n = 0;
	out[0] = 0;
	va_start(ap, sep);
	while ((s = va_arg(ap, const char *)) != NULL) {
		if (n++)
			strcat(out, sep);
		strcat(out, s);
	}
	va_end(ap);
	return n;
}

int main(void)
{
	char buf[100];
	int n = join(buf, ", ", "ring3", "int 0x80", "ring0", "iret", (char *)NULL);
	printf("%d [%s]\n", n, buf);
	n = join(buf, "-", (char *)NULL);
	printf("%d [%s]\n", n, buf);
	return n;
}
