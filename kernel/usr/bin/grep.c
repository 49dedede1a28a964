/* grep - print the lines that contain a fixed string.
 * Exit status: 0 if a line matched, 1 if none did, 2 on an error (as POSIX says). */
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include <ctype.h>

static int opt_i, opt_v, opt_c, opt_n, opt_q;

/* Does line contain pat (ignoring case with -i)? */
static int contains(const char *line, const char *pat)
{
	size_t n = strlen(pat);

	if (!opt_i)
		return strstr(line, pat) != 0;
	for (; *line; line++)
		if (!strncasecmp(line, pat, n))
			return 1;
	return n == 0;
}

static int search(FILE *f, const char *name, const char *pat, int many)
{
	char line[4096];
	long count = 0, no = 0;

	while (fgets(line, sizeof(line), f)) {
		no++;
		if (contains(line, pat) == opt_v)
			continue;
		count++;
		if (opt_q)
			return 1;
		if (opt_c)
			continue;
		if (many)
			printf("%s:", name);
		if (opt_n)
			printf("%ld:", no);
		fputs(line, stdout);
		if (!strchr(line, '\n'))
			putchar('\n');
	}
	if (opt_c)
		printf(many ? "%s:%ld\n" : "%.0s%ld\n", name, count);
	return count > 0;
}

static int usage(int code)
{
	fprintf(code ? stderr : stdout,
		"usage: grep [-ivcnq] STRING [FILE]...\n"
		"print lines containing STRING (-i any case, -v lines without it, -c count,\n"
		"-n line numbers, -q quiet); exit 0 if found, 1 if not, 2 on error\n");
	return code;
}

int main(int argc, char **argv)
{
	int i = 1, found = 0, err = 0, many;
	const char *pat;

	if (argc > 1 && !strcmp(argv[1], "--help"))
		return usage(0);
	for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
		const char *o;

		for (o = argv[i] + 1; *o; o++) {
			if (*o == 'i') opt_i = 1;
			else if (*o == 'v') opt_v = 1;
			else if (*o == 'c') opt_c = 1;
			else if (*o == 'n') opt_n = 1;
			else if (*o == 'q') opt_q = 1;
			else if (*o == 'F') ;   /* fixed strings: always */
			else return usage(2);
		}
	}
	if (i == argc)
		return usage(2);
	pat = argv[i++];
	if (i == argc)
		return search(stdin, "-", pat, 0) ? 0 : 1;
	many = argc - i > 1;    /* name the file on each line when there are several */
	for (; i < argc; i++) {
		FILE *f = strcmp(argv[i], "-") ? fopen(argv[i], "r") : stdin;

		if (!f) {
			fprintf(stderr, "grep: %s: ", argv[i]);
			perror(0);
			err = 1;
			continue;
		}
		found |= search(f, argv[i], pat, many);
		if (f != stdin)
			fclose(f);
		if (found && opt_q)
			return 0;
	}
	return err ? 2 : found ? 0 : 1;
}
