/* head - print the first lines of files (10 unless -n N or -N). */
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include <errno.h>

static int head(FILE *f, long n)
{
	int c;

	while (n > 0 && (c = fgetc(f)) != EOF) {
		putchar(c);
		if (c == '\n')
			n--;
	}
	return 0;
}

int main(int argc, char **argv)
{
	long n = 10;
	int i = 1, err = 0;
	char *end;

	if (argc > 1 && !strcmp(argv[1], "--help")) {
		printf("usage: head [-n N] [FILE]...\nprint the first N lines (10)\n");
		return 0;
	}
	if (i < argc && (!strcmp(argv[i], "-n") || (argv[i][0] == '-' && argv[i][1] >= '0' && argv[i][1] <= '9'))) {
		const char *num = argv[i][1] == 'n' ? argv[++i] : argv[i] + 1;

		n = num ? strtol(num, &end, 10) : -1;
		if (!num || *end || n < 0) {
			fprintf(stderr, "head: bad line count\nusage: head [-n N] [FILE]...\n");
			return 2;
		}
		i++;
	}
	if (i == argc)
		return head(stdin, n);
	for (; i < argc; i++) {
		FILE *f = fopen(argv[i], "r");

		if (!f) {
			fprintf(stderr, "head: %s: %s\n", argv[i], strerror(errno));
			err = 1;
			continue;
		}
		head(f, n);
		fclose(f);
	}
	return err;
}
