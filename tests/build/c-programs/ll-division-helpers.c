/* 64-bit / and % by variables (compiled to helper calls on i386). */
#include <stdio.h>

int main(void)
{
	unsigned long long n = 18446744073709551557ULL; /* the largest 64-bit prime */
	unsigned long long d;
	long long s = -9223372036854775807LL;
	int checks = 0;
	for (d = 3; d < 200; d += 14) {
		printf("%llu %llu\n", n / d, n % d);
		checks += n % d != 0;
	}
	printf("%lld %lld\n", s / 1000000007LL, s % 1000000007LL);
	printf("%lld %lld\n", s / -3, s % -3);
	return checks;
}
