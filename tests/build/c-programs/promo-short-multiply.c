/* unsigned short and unsigned char operands promote to int before arithmetic: the product and
 * the difference are signed ints, which changes comparisons and division. */
#include <stdio.h>

static int is_negative_int(int x) { return x < 0; }

int main(void)
{
	unsigned short a = 200, b = 300;
	unsigned char c = 10, d = 250;
	unsigned int ua = 200, ub = 300;

	printf("a - b = %d (int), ua - ub = %u (unsigned)\n", a - b, ua - ub);
	printf("a - b < 0: %d, ua - ub < 0: %d\n", a - b < 0, ua - ub < 0u);
	printf("(a - b) / 7 = %d, (ua - ub) / 7 = %u\n", (a - b) / 7, (ua - ub) / 7);
	printf("c - d = %d, negative: %d\n", c - d, is_negative_int(c - d));
	printf("a * b = %d, sizeof(a * b) = %d\n", a * b, (int)sizeof(a * b));
	printf("(unsigned short)(a * b) = %u\n", (unsigned short)(a * b));
	printf("c * d = %d, (unsigned char)(c * d) = %u\n", c * d, (unsigned char)(c * d));
	printf("~c = %d, ~ua = %u\n", ~c, ~ua);
	printf("(c - d) >> 2 = %d\n", (c - d) >> 2);
	return (a - b) < 0;
}
