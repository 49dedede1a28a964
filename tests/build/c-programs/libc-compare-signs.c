/* strcmp, strncmp and memcmp promise only the sign of their result (glibc and other libcs
 * return different magnitudes), and compare bytes as unsigned char: normalize before printing. */
#include <stdio.h>
#include <string.h>

static int sign(int x) { return (x > 0) - (x < 0); }

int main(void)
{
	const char *pairs[][2] = { { "abc", "abd" }, { "abc", "abc" }, { "abcd", "abc" },
	                           { "", "a" }, { "\x80", "\x7f" }, { "Z", "a" }, { "same", "sam" } };
	unsigned char m1[4] = { 1, 2, 200, 4 }, m2[4] = { 1, 2, 100, 9 };
	int i;

	for (i = 0; i < 7; i++)
		printf("'%s' '%s': strcmp %d strncmp3 %d\n", pairs[i][0], pairs[i][1],
		       sign(strcmp(pairs[i][0], pairs[i][1])), sign(strncmp(pairs[i][0], pairs[i][1], 3)));
	printf("memcmp %d %d %d\n", sign(memcmp(m1, m2, 4)), sign(memcmp(m1, m2, 2)),
	       sign(memcmp(m2, m1, 3)));
	printf("strncmp 0 bytes %d\n", strncmp("a", "b", 0));
	return sign(strcmp("b", "a"));
}
