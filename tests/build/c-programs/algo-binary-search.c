/* Binary search: lower bound over a sorted table of syscall numbers. */
#include <stdio.h>

static const int nrs[] = { 1, 3, 4, 5, 6, 11, 20, 37, 45, 54, 90, 120, 162, 252, 337, 338 };

static int lower_bound(const int *v, int n, int key)
{
	int lo = 0, hi = n;
	while (lo < hi) {
		int mid = lo + (hi - lo) / 2;
		if (v[mid] < key)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

int main(void)
{
	int keys[] = { 0, 1, 2, 37, 100, 337, 338, 339 };
	int n = sizeof nrs / sizeof nrs[0], i, found = 0;
	for (i = 0; i < 8; i++) {
		int at = lower_bound(nrs, n, keys[i]);
		int hit = at < n && nrs[at] == keys[i];
		found += hit;
		printf("%d -> %d %s\n", keys[i], at, hit ? "found" : "absent");
	}
	return found;
}
