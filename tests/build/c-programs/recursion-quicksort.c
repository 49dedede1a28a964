/* Recursive quicksort of pseudo-random numbers. */
#include <stdio.h>

static unsigned seed = 12345;
static unsigned rnd(void) { seed = seed * 1103515245u + 12345u; return (seed >> 16) & 0x7fff; }

static void qs(int *v, int lo, int hi)
{
	int i = lo, j = hi, p = v[(lo + hi) / 2];
	while (i <= j) {
		while (v[i] < p) i++;
		while (v[j] > p) j--;
		if (i <= j) { int t = v[i]; v[i] = v[j]; v[j] = t; i++; j--; }
	}
	if (lo < j) qs(v, lo, j);
	if (i < hi) qs(v, i, hi);
}

int main(void)
{
	int v[200], i, ok = 1;
	for (i = 0; i < 200; i++)
		v[i] = (int)rnd() - 16384;
	qs(v, 0, 199);
	for (i = 1; i < 200; i++)
		ok &= v[i - 1] <= v[i];
	printf("%d %d %d %d\n", ok, v[0], v[100], v[199]);
	return ok;
}
