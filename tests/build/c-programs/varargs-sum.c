/* A count-prefixed variadic sum. */
#include <stdio.h>
#include <stdarg.h>

static long sum(int n, ...)
{
	va_list ap;
	long s = 0;
	va_start(ap, n);
	while (n--)
		s += va_arg(ap, int);
	va_end(ap);
	return s;
}

int main(void)
{
	printf("%ld %ld %ld\n", sum(0), sum(3, 1, 2, 3), sum(6, -1, -2, 100, 200, 7, 8));
	return (int)sum(2, 20, 22);
}
