/* ls - list directory contents.
 *   -l  long form: type and permissions, links, owner, group, size, date, name
 *   -a  include names starting with '.'
 *   -1  one name per line (the default when the output is not a terminal) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <dirent.h>
#include <errno.h>
#include <time.h>
#include <sys/stat.h>

static int opt_l, opt_a, opt_1;
static int column;      /* where the cursor is, for the short form on a terminal */

/* "drwxr-xr-x" from st_mode. */
static void mode_string(unsigned mode, char *s)
{
	const char *rwx = "rwxrwxrwx";
	int i;

	s[0] = S_ISDIR(mode) ? 'd' : S_ISLNK(mode) ? 'l' : S_ISCHR(mode) ? 'c' :
	       S_ISBLK(mode) ? 'b' : S_ISFIFO(mode) ? 'p' : S_ISSOCK(mode) ? 's' : '-';
	for (i = 0; i < 9; i++)
		s[i + 1] = mode & (0400 >> i) ? rwx[i] : '-';
	s[10] = 0;
}

static void show(const char *path, const char *name)
{
	struct stat st;
	char mode[11], target[256];
	struct tm tm;
	time_t t;
	int n;

	if (!opt_l) {
		n = strlen(name);
		if (!opt_1 && column > 0 && column + n + 2 > 80) {
			putchar('\n');
			column = 0;
		}
		if (opt_1)
			puts(name);
		else
			printf(column ? "  %s" : "%s", name), column += n + (column ? 2 : 0);
		return;
	}
	if (lstat(path, &st) < 0) {
		fprintf(stderr, "ls: %s: %s\n", path, strerror(errno));
		return;
	}
	mode_string(st.st_mode, mode);
	t = st.st_mtime;
	gmtime_r(&t, &tm);
	printf("%s %3u %4lu %4lu %8lld %04d-%02d-%02d %02d:%02d %s", mode, st.st_nlink,
	       st.st_uid, st.st_gid, st.st_size, tm.tm_year + 1900, tm.tm_mon + 1,
	       tm.tm_mday, tm.tm_hour, tm.tm_min, name);
	if (S_ISLNK(st.st_mode) && (n = readlink(path, target, sizeof(target) - 1)) > 0) {
		target[n] = 0;
		printf(" -> %s", target);
	}
	putchar('\n');
}

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int list_dir(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	char **names = 0, path[1024];
	int n = 0, i;

	if (!d) {
		fprintf(stderr, "ls: %s: %s\n", dir, strerror(errno));
		return 1;
	}
	while ((e = readdir(d)))
		if (opt_a || e->d_name[0] != '.') {
			names = realloc(names, (n + 1) * sizeof(char *));
			names[n++] = strdup(e->d_name);
		}
	closedir(d);
	qsort(names, n, sizeof(char *), by_name);
	for (i = 0; i < n; i++) {
		snprintf(path, sizeof(path), "%s/%s", dir, names[i]);
		show(path, names[i]);
		free(names[i]);
	}
	free(names);
	if (column)
		putchar('\n');
	column = 0;
	return 0;
}

static int list(const char *path, int header)
{
	struct stat st;

	if (stat(path, &st) < 0 && lstat(path, &st) < 0) {
		fprintf(stderr, "ls: %s: %s\n", path, strerror(errno));
		return 1;
	}
	if (!S_ISDIR(st.st_mode)) {
		show(path, path);
		if (column)
			putchar('\n');
		column = 0;
		return 0;
	}
	if (header)
		printf("%s:\n", path);
	return list_dir(path);
}

int main(int argc, char **argv)
{
	int i = 1, err = 0, first;

	if (argc > 1 && !strcmp(argv[1], "--help")) {
		printf("usage: ls [-la1] [PATH]...\nlist directories (-l long form, -a all names, "
		       "-1 one per line)\n");
		return 0;
	}
	for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
		const char *o;

		for (o = argv[i] + 1; *o; o++) {
			if (*o == 'l') opt_l = 1;
			else if (*o == 'a') opt_a = 1;
			else if (*o == '1') opt_1 = 1;
			else {
				fprintf(stderr, "ls: unknown option -%c\nusage: ls [-la1] [PATH]...\n", *o);
				return 2;
			}
		}
	}
	if (!isatty(1))
		opt_1 = 1;
	if (i == argc)
		return list_dir(".");
	for (first = i; i < argc; i++) {
		if (i > first && argc - first > 1)
			putchar('\n');
		err |= list(argv[i], argc - first > 1);
	}
	return err;
}
