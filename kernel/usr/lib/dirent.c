/* dirent.c - reading a directory: getdents64 fills a buffer with variable-length
 * records (struct dirent), and readdir() walks through them, refilling when done. */
#include <dirent.h>
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>
#include "libc.h"

struct __dirstream {
	int fd;
	int pos;            /* next record in buf */
	int end;            /* bytes of records in buf */
	char buf[4096];
};

DIR *opendir(const char *path)
{
	int fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	DIR *d;

	if (fd < 0)
		return 0;
	d = malloc(sizeof(DIR));
	if (!d) {
		close(fd);
		return 0;
	}
	d->fd = fd;
	d->pos = d->end = 0;
	return d;
}

struct dirent *readdir(DIR *d)
{
	struct dirent *e;

	if (d->pos >= d->end) {
		long n = SYS3(__NR_getdents64, d->fd, d->buf, sizeof(d->buf));

		if (n <= 0)
			return 0;   /* 0: the end; -1: an error, in errno */
		d->pos = 0;
		d->end = n;
	}
	e = (struct dirent *)(d->buf + d->pos);
	d->pos += e->d_reclen;
	return e;
}

int closedir(DIR *d)
{
	int r = close(d->fd);

	free(d);
	return r;
}

void rewinddir(DIR *d)
{
	lseek(d->fd, 0, SEEK_SET);
	d->pos = d->end = 0;
}

int dirfd(DIR *d) { return d->fd; }
