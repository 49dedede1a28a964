/* Bubble sort and selection sort agree. */
#include <stdio.h>

static void bubble(int *v, int n)
{
	int i, swapped;
	do {
		swapped = 0;
		for (i = 1; i < n; i++)
			if (v[i - 1] > v[i]) {
				int t = v[i]; v[i] = v[i - 1]; v[i - 1] = t;
				swapped = 1;
			}
	} while (swapped);
}

static void selection(int *v, int n)
{
	int i, j;
	for (i = 0; i < n - 1; i++) {
		int m = i;
		for (j = i + 1; j < n; j++)
			if (v[j] < v[m])
				m = j;
		if (m != i) { int t = v[i]; v[i] = v[m]; v[m] = t; }
	}
}

int main(void)
{
	int a[12] = { 9, -3, 7, 7, 0, 12, -8, 5, 1, 100, -100, 2 }, b[12], i, same = 1;
	for (i = 0; i < 12; i++)
		b[i] = a[i];
	bubble(a, 12);
	selection(b, 12);
	for (i = 0; i < 12; i++) {
		printf("%d ", a[i]);
		same &= a[i] == b[i];
	}
	printf("\n%d\n", same);
	return same;
}
