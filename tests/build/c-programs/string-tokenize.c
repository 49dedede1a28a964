/* Splitting a command line into argv-style words. */
#include <stdio.h>

static int split(char *line, char **argv, int max)
{
	int argc = 0;
	while (*line && argc < max) {
		while (*line == ' ' || *line == '\t')
			*line++ = 0;
		if (!*line)
			break;
		argv[argc++] = line;
		while (*line && *line != ' ' && *line != '\t')
			line++;
	}
	return argc;
}

int main(void)
{
	char line[] = "  ./mykernelprint   hello\tworld  42 ";
	char *argv[8];
	int argc = split(line, argv, 8), i;
	for (i = 0; i < argc; i++)
		printf("argv[%d] = \"%s\"\n", i, argv[i]);
	return argc;
}
