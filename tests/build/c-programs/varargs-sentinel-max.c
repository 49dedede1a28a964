/* Variadic functions that find the end of their arguments by a count or by a sentinel value,
 * over ints, long longs and doubles (float arguments arrive as double). */
#include <stdio.h>
#include <stdarg.h>

static int max_of(int count, ...)
{
	va_list ap;
	int best, i;
	va_start(ap, count);
	best = va_arg(ap, int);
	for (i = 1; i < count; i++) {
		int v = va_arg(ap, int);
		if (v > best)
			best = v;
	}
	va_end(ap);
	return best;
}

static long long sum_until_zero(long long first, ...)
{
	va_list ap;
	long long s = 0, v = first;
	va_start(ap, first);
	while (v != 0) {
		s += v;
		v = va_arg(ap, long long);
	}
	va_end(ap);
	return s;
}

static double mean(int n, ...)
{
	va_list ap;
	double s = 0;
	int i;
	va_start(ap, n);
	for (i = 0; i < n; i++)
		s += va_arg(ap, double);
	va_end(ap);
	return n ? s / n : 0;
}

int main(void)
{
	float f = 0.5f;
	printf("max %d %d %d\n", max_of(1, -5), max_of(4, 3, 9, -2, 7), max_of(3, -9, -8, -7));
	printf("sum %lld %lld\n", sum_until_zero(1LL, 2LL, 3LL, 0LL),
	       sum_until_zero(5000000000LL, -1LL, 0LL));
	printf("mean %.3f %.3f %.3f\n", mean(2, 1.0, 2.0), mean(3, f, 1.5, 4.0), mean(0));
	return max_of(2, 40, 2);
}
