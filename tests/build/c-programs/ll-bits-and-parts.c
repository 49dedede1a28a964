/* Building 64-bit values from halves and splitting them again. */
#include <stdio.h>

static unsigned long long join(unsigned hi, unsigned lo)
{
	return (unsigned long long)hi << 32 | lo;
}

int main(void)
{
	unsigned long long v = join(0xdeadbeef, 0xcafebabe);
	unsigned hi = (unsigned)(v >> 32), lo = (unsigned)v;
	long long neg = -(long long)v;
	printf("%016llx %08x %08x\n", v, hi, lo);
	printf("%016llx %d\n", (unsigned long long)neg, (int)(neg >> 63));
	printf("%016llx\n", v & 0x00ff00ff00ff00ffULL);
	printf("%016llx\n", v ^ ~0ULL);
	printf("%d\n", v > 0x8000000000000000ULL);
	return (int)(lo & 0x3f);
}
