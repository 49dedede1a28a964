/* _Bool converts any non-zero value to 1. */
#include <stdio.h>
#include <stdbool.h>

int main(void)
{
	_Bool a = 42, b = 0.5, c = (void *)0 != 0;
	bool d = -1, e = false;
	unsigned char raw;
	int sum = a + b + c + d + e;
	raw = *(unsigned char *)&d;
	printf("%d %d %d %d %d %d %d\n", a, b, c, d, e, sum, raw);
	printf("%d %d\n", (int)sizeof(_Bool), !a);
	d = d + 1;
	printf("%d\n", d);
	return sum;
}
