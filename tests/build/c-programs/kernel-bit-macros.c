/* Bit helpers in the kernel's style: BIT, GENMASK, set/clear/test on an array of longs. */
#include <stdio.h>

#define BITS_PER_LONG 32
#define BIT(n) (1UL << (n))
#define GENMASK(h, l) (((~0UL) << (l)) & (~0UL >> (BITS_PER_LONG - 1 - (h))))
#define BIT_WORD(n) ((n) / BITS_PER_LONG)
#define BIT_MASK(n) (1UL << ((n) % BITS_PER_LONG))

static void set_bit(int n, unsigned long *a) { a[BIT_WORD(n)] |= BIT_MASK(n); }
static void clear_bit(int n, unsigned long *a) { a[BIT_WORD(n)] &= ~BIT_MASK(n); }
static int test_bit(int n, const unsigned long *a) { return (a[BIT_WORD(n)] >> (n % BITS_PER_LONG)) & 1; }

int main(void)
{
	unsigned long map[4] = { 0 };
	int i, count = 0;
	for (i = 0; i < 128; i += 7)
		set_bit(i, map);
	clear_bit(35, map);
	clear_bit(63, map);
	for (i = 0; i < 128; i++)
		count += test_bit(i, map);
	printf("%08lx %08lx %08lx %08lx %d\n", map[0], map[1], map[2], map[3], count);
	printf("%08lx %08lx %08lx\n", GENMASK(7, 4), GENMASK(31, 0), BIT(31));
	return count;
}
