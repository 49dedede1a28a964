/* goto for loops and early exit from nested loops. */
#include <stdio.h>

int main(void)
{
	int i = 0, j, found = -1;
again:
	printf("%d ", i);
	if (++i < 5)
		goto again;
	printf("\n");
	for (i = 0; i < 10; i++)
		for (j = 0; j < 10; j++)
			if (i * j == 42) {
				found = i * 10 + j;
				goto out;
			}
out:
	printf("found %d\n", found);
	return found;
}
