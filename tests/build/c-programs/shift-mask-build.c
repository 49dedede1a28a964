/* Building masks with shifts: low-bit masks for every width (avoiding the undefined shift by
 * 32), GENMASK(h, l) as the kernel defines it, and extracting/inserting fields. */
#include <stdio.h>

#define BITS_PER_LONG 32
#define GENMASK(h, l) (((~0UL) << (l)) & (~0UL >> (BITS_PER_LONG - 1 - (h))))

static unsigned low_mask(int n)
{
	return n >= 32 ? ~0u : (1u << n) - 1;
}

static unsigned get_field(unsigned word, int lo, int width)
{
	return (word >> lo) & low_mask(width);
}

static unsigned set_field(unsigned word, int lo, int width, unsigned v)
{
	unsigned m = low_mask(width) << lo;
	return (word & ~m) | ((v << lo) & m);
}

int main(void)
{
	int n;
	unsigned w = 0;

	for (n = 0; n <= 32; n += 4)
		printf("low_mask(%d) = %08x\n", n, low_mask(n));
	printf("GENMASK(7,4) %08lx GENMASK(31,0) %08lx GENMASK(15,15) %08lx\n", GENMASK(7, 4),
	       GENMASK(31, 0), GENMASK(15, 15));
	w = set_field(w, 0, 12, 0xabc);
	w = set_field(w, 12, 4, 0x5);
	w = set_field(w, 16, 16, 0xfeed);
	printf("w = %08x\n", w);
	w = set_field(w, 4, 4, 0xff);   /* too wide: only the field's bits go in */
	printf("w = %08x fields %x %x %x\n", w, get_field(w, 0, 12), get_field(w, 12, 4),
	       get_field(w, 16, 16));
	return (int)get_field(w, 12, 4);
}
