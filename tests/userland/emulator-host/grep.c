/* grep: build 4000 lines of text and count the lines holding each of 8 fixed strings. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void)
{
	static const char *words[] = { "alpha", "beta", "gamma", "delta", "kernel", "syscall", "ring", "trap" };
	static char text[4000][64];
	int i, j, hits = 0;

	for (i = 0; i < 4000; i++) {
		snprintf(text[i], sizeof(text[i]), "line %d: %s %s %s", i, words[i % 8], words[(i * 7) % 8],
			 words[(i * 3 + 1) % 8]);
	}
	for (j = 0; j < 8; j++)
		for (i = 0; i < 4000; i++)
			hits += strstr(text[i], words[j]) != 0;
	printf("grep %d\n", hits);
	return 0;
}
