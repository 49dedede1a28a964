/* Partially initialised arrays are zero-filled; sizes from initialisers. */
#include <stdio.h>

int main(void)
{
	int a[8] = { 1, 2, 3 };
	int b[] = { 9, 8, 7, 6, 5 };
	char s[10] = "hi";
	int z[2][3] = { { 1 }, { 4, 5 } };
	int i, sum = 0;
	for (i = 0; i < 8; i++)
		sum += a[i] * (i + 1);
	printf("%d %d %d\n", sum, (int)(sizeof b / sizeof b[0]), s[5]);
	printf("%d %d %d %d\n", z[0][0], z[0][2], z[1][1], z[1][2]);
	return sum;
}
