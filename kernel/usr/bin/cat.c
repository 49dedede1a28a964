/* cat - copy files (or standard input, also named "-") to standard output. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <fcntl.h>
#include <errno.h>

/* Copies fd to standard output with read()/write(): no stdio buffering needed. */
static int copy(int fd, const char *name)
{
	char buf[4096];
	int n;

	while ((n = read(fd, buf, sizeof(buf))) > 0)
		if (write(1, buf, n) != n) {
			fprintf(stderr, "cat: write error: %s\n", strerror(errno));
			return 1;
		}
	if (n < 0) {
		fprintf(stderr, "cat: %s: %s\n", name, strerror(errno));
		return 1;
	}
	return 0;
}

int main(int argc, char **argv)
{
	int i, fd, err = 0;

	if (argc == 2 && !strcmp(argv[1], "--help")) {
		printf("usage: cat [FILE]...\nprint the files one after another (- or none: standard input)\n");
		return 0;
	}
	if (argc == 1)
		return copy(0, "-");
	for (i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "-")) {
			err |= copy(0, "-");
			continue;
		}
		fd = open(argv[i], O_RDONLY);
		if (fd < 0) {
			fprintf(stderr, "cat: %s: %s\n", argv[i], strerror(errno));
			err = 1;
			continue;
		}
		err |= copy(fd, argv[i]);
		close(fd);
	}
	return err;
}
