/* mull and divl with their fixed registers: the 64-bit product lands in edx:eax, and divl
 * divides edx:eax, leaving quotient in eax and remainder in edx (what do_div() does). */
#include <stdio.h>

static unsigned long long mul32x32(unsigned a, unsigned b)
{
	unsigned lo, hi;
	__asm__("mull %3" : "=a"(lo), "=d"(hi) : "a"(a), "rm"(b));
	return (unsigned long long)hi << 32 | lo;
}

/* n / base for a 64-bit n and 32-bit base, as two divl steps; returns the remainder. */
static unsigned do_div(unsigned long long *n, unsigned base)
{
	unsigned hi = (unsigned)(*n >> 32), lo = (unsigned)*n, qhi = hi / base, rem;
	hi %= base;
	__asm__("divl %4" : "=a"(lo), "=d"(rem) : "a"(lo), "d"(hi), "rm"(base));
	*n = (unsigned long long)qhi << 32 | lo;
	return rem;
}

int main(void)
{
	unsigned long long n = 12345678901234567ULL, m;
	unsigned r;

	printf("%llu %llu\n", mul32x32(4000000000u, 3u), mul32x32(0xffffffffu, 0xffffffffu));
	m = n;
	r = do_div(&m, 1000);
	printf("%llu r %u (C: %llu r %llu)\n", m, r, n / 1000, n % 1000);
	m = 0xffffffffffffffffULL;
	r = do_div(&m, 7);
	printf("%llu r %u\n", m, r);
	return (int)r;
}
