/* volatile accesses and restrict-qualified parameters keep their meaning. */
#include <stdio.h>

static void add_arrays(int *restrict dst, const int *restrict a, const int *restrict b, int n)
{
	int i;
	for (i = 0; i < n; i++)
		dst[i] = a[i] + b[i];
}

int main(void)
{
	volatile int reg = 0;
	int a[5] = { 1, 2, 3, 4, 5 }, b[5] = { 10, 20, 30, 40, 50 }, d[5];
	int i, polls = 0;
	for (i = 0; i < 10; i++) {
		reg = reg + 3;
		polls += reg > 10;
	}
	add_arrays(d, a, b, 5);
	printf("%d %d %d %d\n", reg, polls, d[0], d[4]);
	return d[2];
}
