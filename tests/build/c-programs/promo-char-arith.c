/* char and short operands are promoted to int before arithmetic. */
#include <stdio.h>

int main(void)
{
	unsigned char a = 200, b = 100;
	signed char c = 100, d = 100;
	short s = 30000;
	int sum = a + b;            /* 300, not 44 */
	int prod = c * d;           /* 10000 */
	unsigned char wrapped = a + b;
	printf("%d %d %d\n", sum, prod, wrapped);
	printf("%d\n", (int)sizeof(a + b));
	printf("%d\n", s + s);
	printf("%d\n", (unsigned char)(a << 1));
	printf("%d\n", ~a);
	printf("%d\n", -a);
	return wrapped;
}
