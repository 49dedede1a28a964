/* Bit counting, parity and lowest set bit by plain C. */
#include <stdio.h>

static int popcount(unsigned x)
{
	int n = 0;
	while (x) {
		x &= x - 1;
		n++;
	}
	return n;
}

static int lowest(unsigned x)
{
	int n = 0;
	if (!x)
		return -1;
	while (!(x & 1)) {
		x >>= 1;
		n++;
	}
	return n;
}

int main(void)
{
	unsigned v[] = { 0, 1, 0x80000000u, 0xffffffffu, 0x12345678u, 0xf0f0f0f0u, 96 };
	int i, total = 0;
	for (i = 0; i < 7; i++) {
		printf("%08x pop %d low %d parity %d\n", v[i], popcount(v[i]), lowest(v[i]), popcount(v[i]) & 1);
		total += popcount(v[i]);
	}
	printf("%d\n", (int)(v[4] & -v[4]));
	return total;
}
