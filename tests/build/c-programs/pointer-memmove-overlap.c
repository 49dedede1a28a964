/* memmove by hand: copying forward or backward depending on how the regions overlap, compared
 * with the library's memmove on the same shifts. */
#include <stdio.h>
#include <string.h>

static void *move(void *dst, const void *src, size_t n)
{
	unsigned char *d = dst;
	const unsigned char *s = src;
	if (d == s || n == 0)
		return dst;
	if (d < s) {
		while (n--)
			*d++ = *s++;
	} else {
		d += n;
		s += n;
		while (n--)
			*--d = *--s;
	}
	return dst;
}

int main(void)
{
	char a[32], b[32];
	int shifts[] = { 0, 1, 5, -1, -5, 10, -10 };
	int i;

	for (i = 0; i < 7; i++) {
		int k = shifts[i];
		strcpy(a, "0123456789abcdefghij");
		strcpy(b, a);
		if (k >= 0) {
			move(a + k, a, 10);
			memmove(b + k, b, 10);
		} else {
			move(a, a - k, 10);
			memmove(b, b - k, 10);
		}
		printf("%3d: %s %s %s\n", k, a, b, strcmp(a, b) == 0 ? "same" : "DIFF");
	}
	return 0;
}
