/* rm - remove files; -r: directories and everything in them; -f: no complaints
 * about missing files. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <errno.h>
#include <dirent.h>
#include <sys/stat.h>

static int recursive, force;

static int remove_path(const char *path)
{
	struct stat st;
	DIR *d;
	struct dirent *e;
	char sub[1024];
	int err = 0;

	if (lstat(path, &st) < 0) {
		if (force && errno == ENOENT)
			return 0;
		fprintf(stderr, "rm: %s: %s\n", path, strerror(errno));
		return 1;
	}
	if (!S_ISDIR(st.st_mode)) {
		if (unlink(path) == 0)
			return 0;
		fprintf(stderr, "rm: %s: %s\n", path, strerror(errno));
		return 1;
	}
	if (!recursive) {
		fprintf(stderr, "rm: %s: is a directory (use -r)\n", path);
		return 1;
	}
	d = opendir(path);
	while (d && (e = readdir(d))) {
		if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
			continue;
		snprintf(sub, sizeof(sub), "%s/%s", path, e->d_name);
		err |= remove_path(sub);
	}
	if (d)
		closedir(d);
	if (rmdir(path) < 0) {
		fprintf(stderr, "rm: %s: %s\n", path, strerror(errno));
		return 1;
	}
	return err;
}

int main(int argc, char **argv)
{
	int i = 1, err = 0;

	if (argc > 1 && !strcmp(argv[1], "--help")) {
		printf("usage: rm [-rf] FILE...\nremove files (-r: directories too, -f: ignore missing)\n");
		return 0;
	}
	for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
		const char *o;

		for (o = argv[i] + 1; *o; o++) {
			if (*o == 'r' || *o == 'R')
				recursive = 1;
			else if (*o == 'f')
				force = 1;
			else {
				fprintf(stderr, "rm: unknown option -%c\nusage: rm [-rf] FILE...\n", *o);
				return 2;
			}
		}
	}
	if (i == argc && !force) {
		fprintf(stderr, "usage: rm [-rf] FILE...\n");
		return 2;
	}
	for (; i < argc; i++)
		err |= remove_path(argv[i]);
	return err;
}
