/* static inline functions, as headers define them. */
#include <stdio.h>

static inline int clamp(int v, int lo, int hi) { return v < lo ? lo : v > hi ? hi : v; }
static inline unsigned long align_up(unsigned long x, unsigned long a) { return (x + a - 1) & ~(a - 1); }
static __inline__ int is_power_of_2(unsigned long n) { return n != 0 && (n & (n - 1)) == 0; }

int main(void)
{
	unsigned long addrs[] = { 0, 1, 4095, 4096, 4097, 0xc0100001ul };
	int i;
	for (i = 0; i < 6; i++)
		printf("%08lx -> %08lx %d\n", addrs[i], align_up(addrs[i], 4096), is_power_of_2(addrs[i]));
	printf("%d %d %d\n", clamp(-5, 0, 10), clamp(5, 0, 10), clamp(50, 0, 10));
	return clamp(300, 0, 99);
}
