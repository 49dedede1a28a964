/* 64-bit shifts by variable counts around the 32-bit boundary, where i386 code needs shld/shrd or
 * the compiler's helper functions. */
#include <stdio.h>

int main(void)
{
	unsigned long long u = 0x8123456789abcdefULL;
	long long s = -0x123456789abcdefLL;
	int counts[] = { 0, 1, 4, 31, 32, 33, 40, 63 };
	int i;

	for (i = 0; i < 8; i++) {
		int n = counts[i];
		printf("%2d: %016llx %016llx %016llx\n", n, u << n, u >> n, (unsigned long long)(s >> n));
	}
	for (i = 0; i < 8; i++) {
		int n = counts[i];
		unsigned long long one = 1ULL << n;
		printf("bit %2d = %llu, back %d\n", n, one, (int)(one >> n));
	}
	return (int)(u >> 60);
}
