/* 64-bit arithmetic the compilers hand to helpers (__udivdi3, __divdi3, __moddi3,
 * shifts by a variable count, conversions between double and 64-bit integers). The
 * operands come through volatile variables so nothing is folded at compile time. */
#include <stdio.h>
#include "check.h"

static volatile unsigned long long U[] = {
	0, 1, 7, 10, 4294967295ULL, 4294967296ULL, 1000000000ULL, 123456789012345ULL,
	9223372036854775807ULL, 9223372036854775808ULL, 18446744073709551615ULL, 0xdeadbeefcafebabeULL,
};
static volatile long long S[] = {
	1, -1, 3, -3, 1000000007LL, -1000000007LL, 4294967296LL, -4294967296LL,
	9223372036854775807LL, -9223372036854775807LL - 1, -123456789012345LL,
};
static volatile int shift[] = { 0, 1, 31, 32, 33, 63 };
static volatile double D[] = { 0.0, 1.5, -1.5, 4294967296.75, -4294967296.75, 9.007199254740993e15,
	1e18, -1e18, 9.2e18, 1.8e19 };

int main(void)
{
	int i, j, n = 0;
	unsigned long long h = 0;

	for (i = 0; i < 12; i++)
		for (j = 0; j < 12; j++)
			if (U[j] != 0)
				printf("udiv %d: %llu %llu\n", ++n, U[i] / U[j], U[i] % U[j]);
	for (i = 0; i < 11; i++)
		for (j = 0; j < 11; j++) {
			if (S[i] == -9223372036854775807LL - 1 && S[j] == -1)
				continue;   /* overflows: undefined */
			printf("sdiv %d: %lld %lld\n", ++n, S[i] / S[j], S[i] % S[j]);
		}
	for (i = 0; i < 12; i++)
		for (j = 0; j < 6; j++)
			h = h * 1000003 + (U[i] << shift[j]) + (U[i] >> shift[j]) +
			    (unsigned long long)((long long)U[i] >> shift[j]);
	CASE("shifts", "%llu", h);
	for (i = 0; i < 10; i++) {
		if (D[i] > -9.2e18 && D[i] < 9.2e18)
			printf("d2ll %d: %lld\n", i, (long long)D[i]);
		if (D[i] >= 0)
			printf("d2ull %d: %llu\n", i, (unsigned long long)D[i]);
	}
	for (i = 0; i < 12; i++)
		printf("ull2d %d: %.17g\n", i, (double)U[i]);
	for (i = 0; i < 11; i++)
		printf("ll2d %d: %.17g\n", i, (double)S[i]);
	CASE("float from ull", "%.9g", (double)(float)U[11]);
	return 0;
}
