/* tail - print the last lines of a file (10 unless -n N or -N). Reads everything
 * and keeps the last N lines in a ring of strings. */
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include <errno.h>

static int tail(FILE *f, long n)
{
	char line[4096];
	char **ring;
	long count = 0, i;

	if (n == 0)
		return 0;
	ring = calloc(n, sizeof(char *));
	if (!ring) {
		fprintf(stderr, "tail: out of memory\n");
		return 1;
	}
	while (fgets(line, sizeof(line), f)) {
		free(ring[count % n]);
		ring[count % n] = strdup(line);
		count++;
	}
	for (i = count > n ? count - n : 0; i < count; i++) {
		fputs(ring[i % n], stdout);
		free(ring[i % n]);
	}
	free(ring);
	return 0;
}

int main(int argc, char **argv)
{
	long n = 10;
	int i = 1, err = 0;
	char *end;

	if (argc > 1 && !strcmp(argv[1], "--help")) {
		printf("usage: tail [-n N] [FILE]...\nprint the last N lines (10)\n");
		return 0;
	}
	if (i < argc && (!strcmp(argv[i], "-n") || (argv[i][0] == '-' && argv[i][1] >= '0' && argv[i][1] <= '9'))) {
		const char *num = argv[i][1] == 'n' ? argv[++i] : argv[i] + 1;

		n = num ? strtol(num, &end, 10) : -1;
		if (!num || *end || n < 0) {
			fprintf(stderr, "tail: bad line count\nusage: tail [-n N] [FILE]...\n");
			return 2;
		}
		i++;
	}
	if (i == argc)
		return tail(stdin, n);
	for (; i < argc; i++) {
		FILE *f = fopen(argv[i], "r");

		if (!f) {
			fprintf(stderr, "tail: %s: %s\n", argv[i], strerror(errno));
			err = 1;
			continue;
		}
		err |= tail(f, n);
		fclose(f);
	}
	return err;
}
