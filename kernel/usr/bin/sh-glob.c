/* sh-glob.c - file name wildcards: ls *.c, cat /proc/1/?tat, rm [ab]*.o
 *
 *   *      any run of characters     ?   any one character
 *   [abc]  one of these   [a-z] one in this range   [!abc] one not among these
 *
 * Wildcards work in the last part of a path (dir/x*.c, not d*r/x.c). Names starting
 * with '.' match only a pattern that starts with '.'. A pattern that matches nothing
 * stays as it was typed, as in every Unix shell.
 */
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include "sh.h"

#define MAXMATCH 256

/* Does character c belong to the class starting after '['? *end gets the ']'. */
static int in_class(const char *p, int c, const char **end)
{
	int neg = *p == '!', hit = 0;

	p += neg;
	do {
		if (p[1] == '-' && p[2] && p[2] != ']') {
			hit |= c >= (unsigned char)p[0] && c <= (unsigned char)p[2];
			p += 3;
		} else {
			hit |= c == (unsigned char)*p++;
		}
	} while (*p && *p != ']');
	*end = p;
	return *p ? hit != neg : -1;    /* -1: no closing ']' */
}

int sh_match(const char *p, const char *s)
{
	const char *end;
	int r;

	for (; *p; p++, s++) {
		if (*p == '*') {
			for (;; s++) {
				if (sh_match(p + 1, s))
					return 1;
				if (!*s)
					return 0;
			}
		}
		if (!*s)
			return 0;
		if (*p == '?')
			continue;
		if (*p == '[' && (r = in_class(p + 1, (unsigned char)*s, &end)) >= 0) {
			if (!r)
				return 0;
			p = end;
			continue;
		}
		if (*p != *s)
			return 0;
	}
	return !*s;
}

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int sh_glob(const char *pattern, void (*add)(const char *path, void *ctx), void *ctx)
{
	const char *slash = strrchr(pattern, '/'), *base = slash ? slash + 1 : pattern;
	char dir[256], path[512], *names[MAXMATCH];
	int dlen = slash ? (int)(slash - pattern) : 0, n = 0, i;
	struct dirent *e;
	DIR *d;

	if (dlen >= (int)sizeof(dir) || !strpbrk(base, "*?["))
		return 0;
	memcpy(dir, pattern, dlen);
	dir[dlen] = 0;
	if (strpbrk(dir, "*?["))
		return 0;
	d = opendir(slash ? (dlen ? dir : "/") : ".");
	while (d && (e = readdir(d)) && n < MAXMATCH)
		if ((e->d_name[0] != '.' || base[0] == '.') && sh_match(base, e->d_name))
			if ((names[n] = strdup(e->d_name)))
				n++;
	if (d)
		closedir(d);
	qsort(names, n, sizeof(char *), by_name);
	for (i = 0; i < n; i++) {
		if (slash)
			strcpy(path, dlen ? dir : ""), strcat(path, "/"), strcat(path, names[i]);
		else
			strcpy(path, names[i]);
		add(path, ctx);
		free(names[i]);
	}
	return n;
}
