/* mv - rename a file, or move several files into a directory (the rename system
 * call: the data does not move, only the name). */
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <errno.h>
#include <sys/stat.h>

int main(int argc, char **argv)
{
	char buf[1024];
	struct stat st;
	int i, err = 0, into;

	if (argc > 1 && !strcmp(argv[1], "--help")) {
		printf("usage: mv FROM TO\n       mv FILE... DIR\nrename or move files\n");
		return 0;
	}
	if (argc < 3) {
		fprintf(stderr, "usage: mv FROM TO\n       mv FILE... DIR\n");
		return 2;
	}
	into = stat(argv[argc - 1], &st) == 0 && S_ISDIR(st.st_mode);
	if (argc > 3 && !into) {
		fprintf(stderr, "mv: %s: not a directory\n", argv[argc - 1]);
		return 1;
	}
	for (i = 1; i < argc - 1; i++) {
		const char *to = argv[argc - 1], *base = strrchr(argv[i], '/');

		if (into) {
			snprintf(buf, sizeof(buf), "%s/%s", to, base ? base + 1 : argv[i]);
			to = buf;
		}
		if (rename(argv[i], to) < 0) {
			fprintf(stderr, "mv: %s -> %s: %s\n", argv[i], to, strerror(errno));
			err = 1;
		}
	}
	return err;
}
