/* dirent.h and sys/stat.h: make a small tree, list it, stat it, take it apart.
 * argv[1] is a scratch directory. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <fcntl.h>
#include <errno.h>
#include <sys/stat.h>
#include "check.h"

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int main(int argc, char **argv)
{
	char dir[512], p[600], *names[16], target[64];
	struct dirent *e;
	struct stat st;
	DIR *d;
	int n = 0, i, fd;

	if (argc < 2)
		return 2;
	snprintf(dir, sizeof(dir), "%s/tree", argv[1]);
	CASE("mkdir", "%d", mkdir(dir, 0755));
	FAILS("mkdir exists", mkdir(dir, 0755), EEXIST);
	for (i = 0; i < 5; i++) {
		snprintf(p, sizeof(p), "%s/file%d", dir, i);
		fd = open(p, O_WRONLY | O_CREAT | O_TRUNC, 0640);
		write(fd, "0123456789", i * 2);
		close(fd);
	}
	snprintf(p, sizeof(p), "%s/sub", dir);
	mkdir(p, 0700);
	snprintf(p, sizeof(p), "%s/link", dir);
	CASE("symlink", "%d", symlink("file3", p));

	d = opendir(dir);
	CASE("opendir", "%d", d != 0);
	while ((e = readdir(d)) && n < 16)
		names[n++] = strdup(e->d_name);
	closedir(d);
	qsort(names, n, sizeof(char *), by_name);
	for (i = 0; i < n; i++) {
		printf("readdir %d: %s\n", i, names[i]);
		free(names[i]);
	}
	d = opendir(dir);
	for (i = 0; (e = readdir(d));)
		i += e->d_type == DT_DIR;
	CASE("d_type dirs", "%d", i);
	rewinddir(d);
	for (i = 0; readdir(d); i++)
		;
	CASE("rewinddir", "%d", i);
	closedir(d);

	FAILS("opendir missing", opendir("/no/such/dir") != 0, ENOENT);
	snprintf(p, sizeof(p), "%s/file0", dir);
	FAILS("opendir file", opendir(p) != 0, ENOTDIR);

	snprintf(p, sizeof(p), "%s/file4", dir);
	stat(p, &st);
	CASE("stat size", "%lld", (long long)st.st_size);
	CASE("stat mode", "%o %d", st.st_mode & 0777, S_ISREG(st.st_mode) != 0);
	CASE("stat nlink", "%u", (unsigned)st.st_nlink);
	snprintf(p, sizeof(p), "%s/sub", dir);
	stat(p, &st);
	CASE("stat dir", "%d %o", S_ISDIR(st.st_mode) != 0, st.st_mode & 0777);
	snprintf(p, sizeof(p), "%s/link", dir);
	lstat(p, &st);
	CASE("lstat link", "%d %lld", S_ISLNK(st.st_mode) != 0, (long long)st.st_size);
	stat(p, &st);
	CASE("stat follows", "%lld", (long long)st.st_size);
	n = (int)readlink(p, target, sizeof(target) - 1);
	target[n > 0 ? n : 0] = 0;
	CASE("readlink", "%d %s", n, target);
	fd = open(p, O_RDONLY);
	fstat(fd, &st);
	close(fd);
	CASE("fstat", "%lld", (long long)st.st_size);
	FAILS("stat missing", stat("/no/such", &st), ENOENT);

	FAILS("rmdir not empty", rmdir(dir), ENOTEMPTY);
	d = opendir(dir);
	while ((e = readdir(d))) {
		if (e->d_name[0] == '.')
			continue;
		snprintf(p, sizeof(p), "%s/%s", dir, e->d_name);
		if (!strcmp(e->d_name, "sub"))
			rmdir(p);
		else
			unlink(p);
	}
	closedir(d);
	CASE("rmdir empty", "%d", rmdir(dir));
	CASE("gone", "%d", access(dir, F_OK));
	return 0;
}
