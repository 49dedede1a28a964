/* Length modifiers pick the argument's type: hh and h narrow the (promoted) int before printing,
 * l and ll read long and long long, z size_t, t ptrdiff_t, j intmax_t. */
#include <stdio.h>
#include <stddef.h>
#include <stdint.h>

int main(void)
{
	int big = 0x12345;
	long l = -1234567890L;
	long long ll = -1234567890123456789LL;
	unsigned long long ull = 18446744073709551615ULL;
	size_t sz = sizeof(long long) * 1000;
	char buf[10];
	ptrdiff_t pd = &buf[7] - &buf[2];
	intmax_t im = -42;
	uintmax_t um = 1ULL << 40;

	printf("hhd %hhd hhu %hhu hhx %hhx\n", big, big, big);
	printf("hd %hd hu %hu hx %hx\n", big, big, -1);
	printf("ld %ld lu %lu lx %lx\n", l, (unsigned long)l, (unsigned long)l);
	printf("lld %lld llu %llu llx %llx llo %llo\n", ll, ull, ull, 511ULL);
	printf("zu %zu zd %zd zx %zx\n", sz, (ptrdiff_t)sz, sz);
	printf("td %td\n", pd);
	printf("jd %jd ju %ju\n", im, um);
	printf("mixed %hhd %lld %d %llu %hd\n", 300, ll, 7, ull, 70000);
	return (int)pd;
}
