/* Integer partitions p(n) by recursion with a largest-part bound (and memoized), Catalan numbers
 * by the recursive convolution, and listing the partitions of 6. */
#include <stdio.h>

static long long memo[64][64];

static long long parts(int n, int max)
{
	long long r = 0;
	int k;
	if (n == 0)
		return 1;
	if (memo[n][max])
		return memo[n][max];
	for (k = max < n ? max : n; k >= 1; k--)
		r += parts(n - k, k);
	return memo[n][max] = r;
}

static long long catalan(int n)
{
	long long s = 0;
	int i;
	if (n <= 1)
		return 1;
	for (i = 0; i < n; i++)
		s += catalan(i) * catalan(n - 1 - i);
	return s;
}

static void list(int n, int max, int *buf, int len)
{
	int k, i;
	if (n == 0) {
		for (i = 0; i < len; i++)
			printf("%d%s", buf[i], i == len - 1 ? "\n" : "+");
		return;
	}
	for (k = max < n ? max : n; k >= 1; k--) {
		buf[len] = k;
		list(n - k, k, buf, len + 1);
	}
}

int main(void)
{
	int n, buf[16];
	for (n = 1; n <= 60; n += 7)
		printf("p(%d) = %lld\n", n, parts(n, n));
	for (n = 0; n <= 15; n += 3)
		printf("C(%d) = %lld\n", n, catalan(n));
	list(6, 6, buf, 0);
	return (int)parts(10, 10);
}
