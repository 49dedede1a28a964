/* jiffies comparisons that survive the counter wrapping around: time_after(a, b) computes
 * (long)(b - a) < 0 in unsigned arithmetic, where a plain a > b gets the wrap wrong. */
#include <stdio.h>

#define time_after(a, b) ((long)((b) - (a)) < 0)
#define time_before(a, b) time_after(b, a)
#define time_after_eq(a, b) ((long)((a) - (b)) >= 0)

int main(void)
{
	unsigned long samples[][2] = {
		{ 100, 50 }, { 50, 100 }, { 5, 0xfffffff0ul }, { 0xfffffff0ul, 5 },
		{ 0x80000000ul, 1 }, { 7, 7 },
	};
	int i;

	for (i = 0; i < 6; i++) {
		unsigned long a = samples[i][0], b = samples[i][1];
		printf("a %10lu b %10lu: after %d before %d after_eq %d naive %d\n", a, b,
		       time_after(a, b), time_before(a, b), time_after_eq(a, b), a > b);
	}
	{
		unsigned long jiffies = 0xfffffffaul, timeout = jiffies + 10;
		int ticks = 0;
		while (!time_after(jiffies, timeout)) {
			jiffies++;
			ticks++;
		}
		printf("timed out after %d ticks at %lu\n", ticks, jiffies);
	}
	return 0;
}
