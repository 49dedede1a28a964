/* exec.c - the exec family: all end in execve(). */
#include <unistd.h>
#include <stdlib.h>
#include <string.h>
#include <stdarg.h>
#include <errno.h>
#include <limits.h>

int execv(const char *path, char *const argv[])
{
	return execve(path, argv, environ);
}

/* Tries each directory of $PATH in turn, like a shell, unless the name has a '/'. */
int execvp(const char *file, char *const argv[])
{
	const char *p, *path = getenv("PATH");
	char buf[PATH_MAX];
	int err = ENOENT;
	size_t dlen, flen = strlen(file);

	if (strchr(file, '/'))
		return execve(file, argv, environ);
	if (!path)
		path = "/bin:/sbin:/usr/bin";
	for (p = path;; p += dlen + 1) {
		dlen = strcspn(p, ":");
		if (dlen + flen + 2 <= sizeof(buf)) {
			memcpy(buf, dlen ? p : ".", dlen ? dlen : 1);
			buf[dlen ? dlen : 1] = '/';
			strcpy(buf + (dlen ? dlen : 1) + 1, file);
			execve(buf, argv, environ);
			if (errno != ENOENT && errno != ENOTDIR)
				err = errno;    /* found but could not run: remember why */
		}
		if (p[dlen] == 0)
			break;
	}
	errno = err;
	return -1;
}

#define EXECL_MAX 64

/* Collects the NULL-terminated argument list into an array. */
static int collect(char **argv, const char *arg, va_list ap)
{
	int n = 0;

	argv[n++] = (char *)arg;
	while (arg && n < EXECL_MAX) {
		arg = va_arg(ap, const char *);
		argv[n++] = (char *)arg;
	}
	if (arg) {
		errno = E2BIG;
		return -1;
	}
	return 0;
}

int execl(const char *path, const char *arg, ...)
{
	char *argv[EXECL_MAX + 1];
	va_list ap;
	int r;

	va_start(ap, arg);
	r = collect(argv, arg, ap);
	va_end(ap);
	return r < 0 ? r : execv(path, argv);
}

int execlp(const char *file, const char *arg, ...)
{
	char *argv[EXECL_MAX + 1];
	va_list ap;
	int r;

	va_start(ap, arg);
	r = collect(argv, arg, ap);
	va_end(ap);
	return r < 0 ? r : execvp(file, argv);
}
