/* memset/memcpy/memmove/memcmp on overlapping and non-overlapping buffers. */
#include <stdio.h>
#include <string.h>

int main(void)
{
	char a[32], b[32];
	int i;
	memset(a, '.', sizeof a);
	a[31] = 0;
	memcpy(a + 4, "kernel", 6);
	printf("%s\n", a);
	memmove(a + 6, a + 4, 10);
	printf("%s\n", a);
	memmove(a, a + 2, 12);
	printf("%s\n", a);
	for (i = 0; i < 32; i++)
		b[i] = (char)i;
	printf("%d %d %d\n", memcmp(b, b, 32), memcmp(b, b + 1, 4) < 0, memcmp("abc", "abd", 3) < 0);
	return a[0];
}
