/* Heapsort in place (sift-down on a max-heap), and a priority queue built on the same heap
 * that pops tasks in priority order. */
#include <stdio.h>

static void sift_down(int *a, int start, int n)
{
	int root = start;
	while (2 * root + 1 < n) {
		int child = 2 * root + 1, t;
		if (child + 1 < n && a[child + 1] > a[child])
			child++;
		if (a[root] >= a[child])
			return;
		t = a[root], a[root] = a[child], a[child] = t;
		root = child;
	}
}

static void heapsort(int *a, int n)
{
	int i, t;
	for (i = n / 2 - 1; i >= 0; i--)
		sift_down(a, i, n);
	for (i = n - 1; i > 0; i--) {
		t = a[0], a[0] = a[i], a[i] = t;
		sift_down(a, 0, i);
	}
}

int main(void)
{
	int a[] = { 31, -4, 15, 9, 26, 5, 35, 8, 97, 93, 23, 84, 62, 64, 33, -1 };
	int n = (int)(sizeof a / sizeof a[0]), i, heap[8], size = 0;
	int prio[] = { 3, 9, 1, 7, 5 };

	heapsort(a, n);
	for (i = 0; i < n; i++)
		printf("%d ", a[i]);
	printf("\n");
	for (i = 0; i < 5; i++) {
		int k = size++;
		heap[k] = prio[i];
		while (k > 0 && heap[(k - 1) / 2] < heap[k]) {
			int p = (k - 1) / 2, t = heap[p];
			heap[p] = heap[k], heap[k] = t, k = p;
		}
	}
	while (size > 0) {
		printf("pop %d\n", heap[0]);
		heap[0] = heap[--size];
		sift_down(heap, 0, size);
	}
	return a[n - 1];
}
