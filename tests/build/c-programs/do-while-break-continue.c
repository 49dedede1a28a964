/* Loop control: do/while, break, continue. */
#include <stdio.h>

int main(void)
{
	int i = 0, sum = 0, n = 27, steps = 0;
	do {
		i++;
		if (i % 3 == 0)
			continue;
		if (i > 20)
			break;
		sum += i;
	} while (i < 100);
	printf("%d %d\n", i, sum);
	while (n != 1) {
		n = n % 2 ? 3 * n + 1 : n / 2;
		steps++;
	}
	printf("collatz 27: %d steps\n", steps);
	for (;;) {
		if (++n > 5)
			break;
	}
	printf("%d\n", n);
	return steps & 0x7f;
}
