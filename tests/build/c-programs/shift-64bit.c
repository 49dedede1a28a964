/* 64-bit shifts by variable counts go through the compiler's helpers. */
#include <stdio.h>

int main(void)
{
	unsigned long long v = 0x8000000000000001ULL;
	long long s = -0x123456789LL;
	int n;
	for (n = 0; n < 64; n += 7) {
		printf("%2d %016llx %016llx %lld\n", n, v << n, v >> n, s >> n);
	}
	printf("%llx\n", 1ULL << 63);
	printf("%llx\n", (unsigned long long)s << 32);
	return (int)(v >> 60);
}
