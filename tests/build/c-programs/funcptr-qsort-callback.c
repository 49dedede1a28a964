/* qsort and bsearch from the C library with our comparison callbacks. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int by_value(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;
	return (x > y) - (x < y);
}

static int by_name(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

int main(void)
{
	int v[] = { 42, -7, 19, 0, 3, 3, 100, -50 };
	const char *w[] = { "sys_write", "sys_read", "sys_exit", "sys_fork", "sys_MyPrintK" };
	int key = 19, *hit, i;
	qsort(v, 8, sizeof v[0], by_value);
	qsort(w, 5, sizeof w[0], by_name);
	for (i = 0; i < 8; i++)
		printf("%d ", v[i]);
	printf("\n");
	for (i = 0; i < 5; i++)
		printf("%s ", w[i]);
	printf("\n");
	hit = bsearch(&key, v, 8, sizeof v[0], by_value);
	printf("%d\n", hit ? (int)(hit - v) : -1);
	return hit ? (int)(hit - v) : 99;
}
