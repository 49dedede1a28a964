/* The comma operator evaluates left to right and yields the right operand. */
#include <stdio.h>

int main(void)
{
	int a = 1, b = 2, c;
	c = (a += 10, b *= 3, a + b);
	printf("%d %d %d\n", a, b, c);
	for (a = 0, b = 10; a < b; a += 3, b -= 2)
		printf("%d,%d ", a, b);
	printf("\n");
	return c;
}
