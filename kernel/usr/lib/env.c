/* env.c - the environment: "NAME=value" strings in environ (from crt0). */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <errno.h>

/* Index of NAME in environ, or -1. */
static int find(const char *name, size_t len)
{
	int i;

	for (i = 0; environ && environ[i]; i++)
		if (!strncmp(environ[i], name, len) && environ[i][len] == '=')
			return i;
	return -1;
}

char *getenv(const char *name)
{
	size_t len = strlen(name);
	int i = find(name, len);

	return i < 0 ? 0 : environ[i] + len + 1;
}

/* The first change copies environ to the heap so it can grow; strings put there by
 * setenv are never freed (another part of the program may still point at them). */
static int put(char *entry, size_t namelen)
{
	static char **owned;
	int i = find(entry, namelen), n = 0;
	char **grown;

	if (i >= 0) {
		environ[i] = entry;
		return 0;
	}
	while (environ && environ[n])
		n++;
	grown = malloc((n + 2) * sizeof(char *));
	if (!grown)
		return -1;
	if (n)
		memcpy(grown, environ, n * sizeof(char *));
	grown[n] = entry;
	grown[n + 1] = 0;
	free(owned);
	environ = owned = grown;
	return 0;
}

int setenv(const char *name, const char *value, int overwrite)
{
	size_t nl = strlen(name), vl = strlen(value);
	char *e;

	if (!nl || strchr(name, '=')) {
		errno = EINVAL;
		return -1;
	}
	if (!overwrite && find(name, nl) >= 0)
		return 0;
	e = malloc(nl + vl + 2);
	if (!e)
		return -1;
	memcpy(e, name, nl);
	e[nl] = '=';
	memcpy(e + nl + 1, value, vl + 1);
	return put(e, nl);
}

int putenv(char *string)
{
	char *eq = strchr(string, '=');

	if (!eq) {
		errno = EINVAL;
		return -1;
	}
	return put(string, eq - string);
}

int unsetenv(const char *name)
{
	size_t len = strlen(name);
	int i;

	while ((i = find(name, len)) >= 0)
		for (; environ[i]; i++)
			environ[i] = environ[i + 1];
	return 0;
}
