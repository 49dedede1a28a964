/* Functions returning several results through pointer parameters: divmod, min/max of an array,
 * swaps, and an optional output that may be NULL. */
#include <stdio.h>
#include <stddef.h>

static void divmod(int a, int b, int *q, int *r)
{
	*q = a / b;
	*r = a % b;
}

static int minmax(const int *v, int n, int *min, int *max)
{
	int i;
	if (n <= 0)
		return -1;
	*min = *max = v[0];
	for (i = 1; i < n; i++) {
		if (v[i] < *min)
			*min = v[i];
		if (v[i] > *max)
			*max = v[i];
	}
	return 0;
}

static void swap_ptrs(const char **a, const char **b)
{
	const char *t = *a;
	*a = *b;
	*b = t;
}

static int parse_digit(char c, int *value_out)
{
	if (c < '0' || c > '9')
		return 0;
	if (value_out)
		*value_out = c - '0';
	return 1;
}

int main(void)
{
	int q, r, lo, hi, d = -1;
	int v[] = { 4, -9, 17, 0, 3, 17, -2 };
	const char *x = "first", *y = "second";

	divmod(47, 5, &q, &r);
	printf("47/5: %d r %d\n", q, r);
	divmod(-47, 5, &q, &r);
	printf("-47/5: %d r %d\n", q, r);
	printf("minmax %d:", minmax(v, 7, &lo, &hi));
	printf(" %d %d\n", lo, hi);
	printf("empty %d\n", minmax(v, 0, &lo, &hi));
	swap_ptrs(&x, &y);
	printf("%s %s\n", x, y);
	r = parse_digit('7', &d);       /* not inside the printf: argument order is unspecified */
	printf("digit %d %d, no out %d\n", r, d, parse_digit('3', NULL));
	r = parse_digit('x', &d);
	printf("bad %d, d still %d\n", r, d);
	return q + r;
}
