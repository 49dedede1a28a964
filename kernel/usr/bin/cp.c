/* cp - copy a file, or several files into a directory. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <fcntl.h>
#include <errno.h>
#include <sys/stat.h>

static int copy(const char *from, const char *to)
{
	char buf[4096];
	struct stat st;
	int in, out, n, err = 0;

	in = open(from, O_RDONLY);
	if (in < 0 || fstat(in, &st) < 0) {
		fprintf(stderr, "cp: %s: %s\n", from, strerror(errno));
		return 1;
	}
	if (S_ISDIR(st.st_mode)) {
		fprintf(stderr, "cp: %s: is a directory\n", from);
		close(in);
		return 1;
	}
	out = open(to, O_WRONLY | O_CREAT | O_TRUNC, st.st_mode & 0777);
	if (out < 0) {
		fprintf(stderr, "cp: %s: %s\n", to, strerror(errno));
		close(in);
		return 1;
	}
	while ((n = read(in, buf, sizeof(buf))) > 0)
		if (write(out, buf, n) != n) {
			n = -1;
			break;
		}
	if (n < 0) {
		fprintf(stderr, "cp: %s: %s\n", to, strerror(errno));
		err = 1;
	}
	close(in);
	if (close(out) < 0)
		err = 1;
	return err;
}

/* DIR/basename(from) when `to` is a directory, else `to` itself. */
static const char *target(const char *from, const char *to, char *buf, int size)
{
	struct stat st;
	const char *base = strrchr(from, '/');

	if (stat(to, &st) < 0 || !S_ISDIR(st.st_mode))
		return to;
	snprintf(buf, size, "%s/%s", to, base ? base + 1 : from);
	return buf;
}

int main(int argc, char **argv)
{
	char buf[1024];
	struct stat st;
	int i, err = 0;

	if (argc > 1 && !strcmp(argv[1], "--help")) {
		printf("usage: cp FROM TO\n       cp FILE... DIR\ncopy files\n");
		return 0;
	}
	if (argc < 3) {
		fprintf(stderr, "usage: cp FROM TO\n       cp FILE... DIR\n");
		return 2;
	}
	if (argc > 3 && (stat(argv[argc - 1], &st) < 0 || !S_ISDIR(st.st_mode))) {
		fprintf(stderr, "cp: %s: not a directory\n", argv[argc - 1]);
		return 1;
	}
	for (i = 1; i < argc - 1; i++)
		err |= copy(argv[i], target(argv[i], argv[argc - 1], buf, sizeof(buf)));
	return err;
}
