/* env - print the environment, or run a command with a changed one:
 *   env [-i] [NAME=VALUE]... [COMMAND [ARG]...]
 * -i starts from an empty environment. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <errno.h>

int main(int argc, char **argv)
{
	static char *empty[1];
	int i = 1;
	char **e;

	if (argc > 1 && !strcmp(argv[1], "--help")) {
		printf("usage: env [-i] [NAME=VALUE]... [COMMAND [ARG]...]\n"
		       "print the environment, or run COMMAND with these variables added\n");
		return 0;
	}
	if (i < argc && !strcmp(argv[i], "-i")) {
		environ = empty;
		i++;
	}
	for (; i < argc && strchr(argv[i], '='); i++)
		putenv(argv[i]);
	if (i == argc) {
		for (e = environ; *e; e++)
			puts(*e);
		return 0;
	}
	execvp(argv[i], argv + i);
	fprintf(stderr, "env: %s: %s\n", argv[i], strerror(errno));
	return errno == ENOENT ? 127 : 126;
}
