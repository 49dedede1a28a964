/* Initializing char arrays from string literals: the size is taken from the literal (with its
 * NUL), a larger array is zero-filled, and an exactly-sized one has no NUL at all. */
#include <stdio.h>

int main(void)
{
	char a[] = "abc";
	char b[8] = "abc";
	char c[3] = "abc";              /* no room for the NUL: allowed in C */
	char d[] = { 'x', 'y', 0, 'z' };
	char e[2][4] = { "ab", "cde" };
	const char *p = "abc";
	int i;

	printf("sizeof a %d b %d c %d d %d e %d p %d\n", (int)sizeof a, (int)sizeof b,
	       (int)sizeof c, (int)sizeof d, (int)sizeof e, (int)sizeof p);
	printf("b:");
	for (i = 0; i < 8; i++)
		printf(" %d", b[i]);
	printf("\nc: %.3s\n", c);
	printf("d: %s then %c\n", d, d[3]);
	printf("e: %s %s, e[0][3] %d\n", e[0], e[1], e[0][3]);
	a[0] = 'A';
	printf("a: %s, literal still %s\n", a, p);
	return (int)sizeof a;
}
