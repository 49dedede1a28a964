/* GNU case ranges (case 'a' ... 'z':), which the kernel uses, mixed with single cases and a
 * default; classifies every byte 0..127 and counts each class. */
#include <stdio.h>

static int classify(int c)
{
	switch (c) {
	case '0' ... '9':
		return 1;
	case 'a' ... 'z':
	case 'A' ... 'Z':
	case '_':
		return 2;
	case ' ':
	case '\t' ... '\r':
		return 3;
	case 0 ... 8:
	case 14 ... 31:
	case 127:
		return 4;
	default:
		return 5;
	}
}

int main(void)
{
	int counts[6] = { 0 };
	int c;
	const char *names[] = { "", "digit", "word", "space", "control", "punct" };

	for (c = 0; c < 128; c++)
		counts[classify(c)]++;
	for (c = 1; c <= 5; c++)
		printf("%-8s %d\n", names[c], counts[c]);
	for (c = '!'; c <= '~'; c += 7)
		printf("%c%d", c, classify(c));
	printf("\n");
	return counts[2];
}
