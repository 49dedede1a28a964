/* Sorting signed and unsigned 64-bit values (comparisons on both halves). */
#include <stdio.h>

static void sort_s(long long *v, int n)
{
	int i, j;
	for (i = 0; i < n; i++)
		for (j = i + 1; j < n; j++)
			if (v[j] < v[i]) { long long t = v[i]; v[i] = v[j]; v[j] = t; }
}

static void sort_u(unsigned long long *v, int n)
{
	int i, j;
	for (i = 0; i < n; i++)
		for (j = i + 1; j < n; j++)
			if (v[j] < v[i]) { unsigned long long t = v[i]; v[i] = v[j]; v[j] = t; }
}

int main(void)
{
	long long s[] = { 4294967296LL, -1, 0, -4294967296LL, 4294967295LL, 1, -4294967297LL };
	unsigned long long u[] = { 4294967296ULL, 18446744073709551615ULL, 0, 4294967295ULL, 1 };
	int i;
	sort_s(s, 7);
	sort_u(u, 5);
	for (i = 0; i < 7; i++)
		printf("%lld ", s[i]);
	printf("\n");
	for (i = 0; i < 5; i++)
		printf("%llu ", u[i]);
	printf("\n");
	return (int)(s[0] & 0x7f);
}
