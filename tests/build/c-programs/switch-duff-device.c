/* Duff's device: a switch jumping into the middle of an unrolled do-while loop, copying any
 * count of bytes; checked against a plain loop for every count up to 20. */
#include <stdio.h>
#include <string.h>

static void duff_copy(char *to, const char *from, int count)
{
	int n = (count + 7) / 8;
	if (count <= 0)
		return;
	switch (count % 8) {
	case 0: do { *to++ = *from++;
	case 7:      *to++ = *from++;
	case 6:      *to++ = *from++;
	case 5:      *to++ = *from++;
	case 4:      *to++ = *from++;
	case 3:      *to++ = *from++;
	case 2:      *to++ = *from++;
	case 1:      *to++ = *from++;
		} while (--n > 0);
	}
}

int main(void)
{
	const char *src = "abcdefghijklmnopqrstuvwxyz";
	char a[32], b[32];
	int count, bad = 0;

	for (count = 0; count <= 20; count++) {
		memset(a, '.', sizeof a);
		memset(b, '.', sizeof b);
		duff_copy(a, src, count);
		memcpy(b, src, count);
		a[24] = b[24] = 0;
		if (strcmp(a, b) != 0)
			bad++;
		if (count % 5 == 0)
			printf("%2d %s\n", count, a);
	}
	printf("mismatches %d\n", bad);
	return bad;
}
