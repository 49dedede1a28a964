/* Recursive gcd and fast exponentiation modulo a prime. */
#include <stdio.h>

static unsigned gcd(unsigned a, unsigned b) { return b ? gcd(b, a % b) : a; }

static unsigned long long powmod(unsigned long long b, unsigned e, unsigned long long m)
{
	unsigned long long h;
	if (!e)
		return 1;
	h = powmod(b, e / 2, m);
	h = h * h % m;
	return e & 1 ? h * b % m : h;
}

int main(void)
{
	printf("%u %u %u\n", gcd(1071, 462), gcd(17, 5), gcd(0, 9));
	printf("%llu %llu\n", powmod(2, 30, 1000000007ULL), powmod(3, 1000000, 998244353ULL));
	return (int)gcd(84, 36);
}
