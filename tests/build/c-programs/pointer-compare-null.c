/* Null pointers and comparisons. */
#include <stdio.h>
#include <stddef.h>

static int *find(int *p, int n, int v)
{
	int i;
	for (i = 0; i < n; i++)
		if (p[i] == v)
			return p + i;
	return NULL;
}

int main(void)
{
	int a[] = { 5, 8, 13, 21 };
	int *hit = find(a, 4, 13), *miss = find(a, 4, 7);
	printf("%d %d\n", hit != NULL, miss == NULL);
	printf("%d\n", hit ? (int)(hit - a) : -1);
	printf("%d\n", !miss);
	printf("%d\n", (int)sizeof(ptrdiff_t));
	return hit ? *hit : 0;
}
