/* GNU statement expressions: a max macro that evaluates each argument once. */
#include <stdio.h>

#define max(a, b) ({ typeof(a) _a = (a); typeof(b) _b = (b); _a > _b ? _a : _b; })
#define min(a, b) ({ typeof(a) _a = (a); typeof(b) _b = (b); _a < _b ? _a : _b; })

static int calls;
static int next(void) { return ++calls * 3; }

int main(void)
{
	int m = max(next(), 5);
	int k = min(next(), next());
	double d = max(2.5, 1.0);
	printf("%d %d %d %.1f\n", m, k, calls, d);
	printf("%d\n", ({ int t = 0, i; for (i = 1; i <= 10; i++) t += i; t; }));
	return m + k;
}
