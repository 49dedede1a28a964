/* Rotations written with shifts (GCC recognises them; the results must match). */
#include <stdio.h>

static unsigned rol(unsigned x, int n) { return (x << n) | (x >> (32 - n)); }
static unsigned ror(unsigned x, int n) { return (x >> n) | (x << (32 - n)); }
static unsigned char rol8(unsigned char x, int n) { return (unsigned char)((x << n) | (x >> (8 - n))); }

int main(void)
{
	unsigned v = 0xdeadbeef;
	int n;
	for (n = 1; n < 32; n += 6)
		printf("%08x %08x\n", rol(v, n), ror(v, n));
	printf("%02x %02x\n", rol8(0x81, 1), rol8(0x0f, 4));
	return rol(1, 31) >> 28;
}
