/* echo - print the arguments, separated by spaces, then a newline (unless -n). */
#include <stdio.h>
#include <string.h>

int main(int argc, char **argv)
{
	int i = 1, newline = 1;

	if (argc == 2 && !strcmp(argv[1], "--help")) {
		printf("usage: echo [-n] [WORD]...\nprint the words; -n: no newline at the end\n");
		return 0;
	}
	if (i < argc && !strcmp(argv[i], "-n")) {
		newline = 0;
		i++;
	}
	for (; i < argc; i++)
		printf(i + 1 < argc ? "%s " : "%s", argv[i]);
	if (newline)
		putchar('\n');
	return fflush(stdout) ? 1 : 0;
}
