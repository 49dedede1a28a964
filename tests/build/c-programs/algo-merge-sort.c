/* Top-down merge sort with a scratch buffer; it is stable, shown by sorting records on one key
 * and keeping the original order of equal keys. */
#include <stdio.h>
#include <string.h>

struct rec { int key; char tag; };

static void merge_sort(struct rec *a, struct rec *tmp, int n)
{
	int mid = n / 2, i = 0, j = mid, k = 0;
	if (n < 2)
		return;
	merge_sort(a, tmp, mid);
	merge_sort(a + mid, tmp, n - mid);
	while (i < mid && j < n)
		tmp[k++] = a[j].key < a[i].key ? a[j++] : a[i++];
	while (i < mid)
		tmp[k++] = a[i++];
	while (j < n)
		tmp[k++] = a[j++];
	memcpy(a, tmp, n * sizeof *a);
}

int main(void)
{
	struct rec r[] = { { 3, 'a' }, { 1, 'b' }, { 3, 'c' }, { 2, 'd' }, { 1, 'e' }, { 9, 'f' },
	                   { 2, 'g' }, { 3, 'h' }, { 0, 'i' }, { 1, 'j' } };
	struct rec tmp[10];
	int i, n = 10;

	merge_sort(r, tmp, n);
	for (i = 0; i < n; i++)
		printf("%d%c ", r[i].key, r[i].tag);
	printf("\n");
	for (i = 1; i < n; i++)
		if (r[i - 1].key > r[i].key || (r[i - 1].key == r[i].key && r[i - 1].tag > r[i].tag))
			printf("order broken at %d\n", i);
	return r[n - 1].key;
}
