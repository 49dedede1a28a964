/* Designated initialisers for arrays, including ranges (GNU) and overrides. */
#include <stdio.h>

static const char *names[] = {
	[3] = "three",
	[0] = "zero",
	[7] = "seven",
};

int main(void)
{
	int v[10] = { [2] = 20, [5] = 50, 60, [1] = 10 };
	int r[8] = { [1 ... 3] = 7, [6] = 1 };
	int i;
	for (i = 0; i < 10; i++)
		printf("%d ", v[i]);
	printf("\n");
	for (i = 0; i < 8; i++)
		printf("%d ", r[i]);
	printf("\n");
	for (i = 0; i < (int)(sizeof names / sizeof names[0]); i++)
		printf("%d:%s ", i, names[i] ? names[i] : "-");
	printf("\n");
	return v[6];
}
