/* Bitmaps as arrays of unsigned long: set_bit/clear_bit/test_bit, find_first_zero_bit and
 * bitmap_weight, as the kernel keeps pid and file-descriptor maps. */
#include <stdio.h>

#define BITS_PER_LONG 32
#define BITS_TO_LONGS(n) (((n) + BITS_PER_LONG - 1) / BITS_PER_LONG)
#define NBITS 100

static void set_bit(int nr, unsigned long *map) { map[nr / BITS_PER_LONG] |= 1UL << (nr % BITS_PER_LONG); }
static void clear_bit(int nr, unsigned long *map) { map[nr / BITS_PER_LONG] &= ~(1UL << (nr % BITS_PER_LONG)); }
static int test_bit(int nr, const unsigned long *map) { return (map[nr / BITS_PER_LONG] >> (nr % BITS_PER_LONG)) & 1; }

static int find_first_zero_bit(const unsigned long *map, int size)
{
	int i;
	for (i = 0; i < size; i++)
		if (!test_bit(i, map))
			return i;
	return size;
}

static int bitmap_weight(const unsigned long *map, int size)
{
	int i, w = 0;
	for (i = 0; i < size; i++)
		w += test_bit(i, map);
	return w;
}

int main(void)
{
	unsigned long map[BITS_TO_LONGS(NBITS)] = { 0 };
	int i;

	for (i = 0; i < 40; i++)
		set_bit(i, map);
	set_bit(64, map);
	set_bit(99, map);
	clear_bit(7, map);
	printf("words %d: %08lx %08lx %08lx %08lx\n", (int)BITS_TO_LONGS(NBITS), map[0], map[1],
	       map[2], map[3]);
	printf("first zero %d, weight %d\n", find_first_zero_bit(map, NBITS), bitmap_weight(map, NBITS));
	set_bit(7, map);
	printf("first zero %d, test 64 %d, test 65 %d\n", find_first_zero_bit(map, NBITS),
	       test_bit(64, map), test_bit(65, map));
	return bitmap_weight(map, NBITS);
}
