/* sort: qsort 10000 pseudo-random numbers and 2500 short strings; prints checksums. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned seed = 7;
static unsigned next(void) { seed = seed * 1103515245u + 12345u; return seed >> 8; }
static int cmp_int(const void *a, const void *b) { int x = *(const int *)a, y = *(const int *)b; return x < y ? -1 : x > y; }
static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

int main(void)
{
	static int v[10000];
	static char *w[2500];
	unsigned long sum = 0;
	int i;

	for (i = 0; i < 10000; i++)
		v[i] = (int)(next() % 100000);
	qsort(v, 10000, sizeof(int), cmp_int);
	for (i = 0; i < 2500; i++) {
		char buf[16];

		snprintf(buf, sizeof(buf), "k%u", next() % 1000000);
		w[i] = strdup(buf);
	}
	qsort(w, 2500, sizeof(char *), cmp_str);
	for (i = 0; i < 10000; i++)
		sum = sum * 31 + v[i];
	for (i = 0; i < 2500; i++)
		sum = sum * 31 + (unsigned char)w[i][1];
	printf("sort %lu %d %s\n", sum, v[9999], w[0]);
	return 0;
}
