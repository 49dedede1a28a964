/* mkdir - make directories; -p: make missing parents too, and accept existing ones. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <errno.h>
#include <sys/stat.h>

/* Makes every directory along path, like mkdir -p. */
static int make_parents(char *path)
{
	char *p = path;
	struct stat st;

	for (;;) {
		p = strchr(p + 1, '/');
		if (p)
			*p = 0;
		if (mkdir(path, 0777) < 0 && !(errno == EEXIST && stat(path, &st) == 0 && S_ISDIR(st.st_mode)))
			return -1;
		if (!p)
			return 0;
		*p = '/';
	}
}

int main(int argc, char **argv)
{
	int i = 1, parents = 0, err = 0;

	if (argc > 1 && !strcmp(argv[1], "--help")) {
		printf("usage: mkdir [-p] DIR...\nmake directories (-p: with their parents)\n");
		return 0;
	}
	if (i < argc && !strcmp(argv[i], "-p"))
		parents = 1, i++;
	if (i == argc) {
		fprintf(stderr, "usage: mkdir [-p] DIR...\n");
		return 2;
	}
	for (; i < argc; i++)
		if ((parents ? make_parents(argv[i]) : mkdir(argv[i], 0777)) < 0) {
			fprintf(stderr, "mkdir: %s: %s\n", argv[i], strerror(errno));
			err = 1;
		}
	return err;
}
