/* Unsigned arithmetic wraps modulo 2^N. */
#include <stdio.h>
#include <limits.h>

int main(void)
{
	unsigned int u = UINT_MAX;
	unsigned long long ull = ULLONG_MAX;
	unsigned short us = USHRT_MAX;
	u += 2;
	ull += 3;
	us = (unsigned short)(us + 1);
	printf("%u %llu %u\n", u, ull, us);
	printf("%u\n", 0u - 1u);
	printf("%u\n", UINT_MAX * 3u);
	printf("%d %d %ld\n", INT_MAX, INT_MIN, LONG_MAX);
	printf("%lld %lld\n", LLONG_MAX, LLONG_MIN);
	printf("%d %d %d\n", SCHAR_MIN, SCHAR_MAX, UCHAR_MAX);
	printf("%d %d\n", CHAR_BIT, (int)sizeof(long));
	return (int)(u + ull);
}
