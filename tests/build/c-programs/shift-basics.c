/* Shifts: logical for unsigned, arithmetic for negative signed (GCC on i386). */
#include <stdio.h>

int main(void)
{
	int x = -16;
	unsigned u = 0x80000000u;
	int n;
	printf("%d %d\n", x >> 2, x >> 31);
	printf("%u %u\n", u >> 31, u >> 4);
	printf("%u\n", 1u << 31);
	for (n = 0; n < 32; n += 5)
		printf("%08x %08x\n", 0x12345678u << n, 0x12345678u >> n);
	printf("%d\n", 1 << 10);
	return (x >> 1) & 0xff;
}
