/* stdio.c - FILE: a file descriptor with a buffer.
 *
 * Writing fills buf and calls write() when it is full (or at each '\n' when the FILE
 * is line-buffered, or at once when it is unbuffered). Reading calls read() to refill
 * buf and hands out bytes from it. A FILE is in one direction at a time; switching
 * flushes (writes) or drops (reads) the buffer.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <fcntl.h>
#include <errno.h>
#include "libc.h"

#define F_READ 1        /* opened for reading */
#define F_WRITE 2       /* opened for writing */
#define F_EOF 4
#define F_ERR 8
#define F_OWNBUF 16     /* buf came from malloc: free it at fclose */
#define F_LAZY 32       /* pick the buffering mode at first use (isatty) */
#define F_WRITING 64    /* buf holds bytes to write (else bytes read) */

static char inbuf[BUFSIZ], outbuf[BUFSIZ];
static FILE in = { 0, F_READ | F_LAZY, _IOFBF, inbuf, BUFSIZ, 0, 0, EOF, 0 };
static FILE out = { 1, F_WRITE | F_LAZY, _IOFBF, outbuf, BUFSIZ, 0, 0, EOF, &in };
static FILE err = { 2, F_WRITE, _IONBF, 0, 0, 0, 0, EOF, &out };
FILE *stdin = &in, *stdout = &out, *stderr = &err;
static FILE *files = &err;   /* every open FILE, newest first */

/* A terminal gets line buffering: the user sees each line as soon as it is done. */
static void settle(FILE *f)
{
	if (f->flags & F_LAZY) {
		f->flags &= ~F_LAZY;
		if (isatty(f->fd))
			f->mode = _IOLBF;
	}
}

/* Writes out all n bytes, retrying after partial writes. */
static int write_all(FILE *f, const char *p, size_t n)
{
	while (n > 0) {
		ssize_t w = write(f->fd, p, n);

		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0) {
			f->flags |= F_ERR;
			return EOF;
		}
		p += w;
		n -= w;
	}
	return 0;
}

int fflush(FILE *f)
{
	int r = 0;

	if (!f) {
		for (f = files; f; f = f->next)
			if (fflush(f))
				r = EOF;
		return r;
	}
	if (f->flags & F_WRITING) {
		r = write_all(f, f->buf, f->pos);
		f->pos = 0;
		f->flags &= ~F_WRITING;
	} else if (f->end > f->pos) {
		/* unread input: move the file offset back so the next reader sees it */
		lseek(f->fd, -(off_t)(f->end - f->pos), SEEK_CUR);
	}
	f->pos = f->end = 0;
	return r;
}

void __stdio_exit(void)
{
	fflush(0);
}

/* Gives f a buffer if it has none and needs one. */
static int need_buf(FILE *f)
{
	settle(f);
	if (f->buf || f->mode == _IONBF)
		return 0;
	f->buf = malloc(BUFSIZ);
	if (!f->buf) {
		f->mode = _IONBF;
		return 0;
	}
	f->size = BUFSIZ;
	f->flags |= F_OWNBUF;
	return 0;
}

size_t fwrite(const void *p, size_t size, size_t n, FILE *f)
{
	const char *s = p;
	size_t total = size * n, i;

	if (!(f->flags & F_WRITE) || total == 0) {
		if (!(f->flags & F_WRITE))
			f->flags |= F_ERR;
		return 0;
	}
	need_buf(f);
	if (!(f->flags & F_WRITING)) {
		fflush(f);      /* drop read-ahead */
		f->flags |= F_WRITING;
	}
	if (f->mode == _IONBF)
		return write_all(f, s, total) ? 0 : n;
	for (i = 0; i < total; i++) {
		f->buf[f->pos++] = s[i];
		if (f->pos == f->size || (s[i] == '\n' && f->mode == _IOLBF))
			if (fflush(f))
				return i / size;
		f->flags |= F_WRITING;
	}
	if (f->pos == 0)
		f->flags &= ~F_WRITING;
	return n;
}

int fputc(int c, FILE *f)
{
	unsigned char b = (unsigned char)c;

	return fwrite(&b, 1, 1, f) == 1 ? b : EOF;
}

int putc(int c, FILE *f) { return fputc(c, f); }
int putchar(int c) { return fputc(c, stdout); }

int fputs(const char *s, FILE *f)
{
	size_t n = strlen(s);

	return fwrite(s, 1, n, f) == n ? 0 : EOF;
}

int puts(const char *s)
{
	return fputs(s, stdout) == EOF || fputc('\n', stdout) == EOF ? EOF : 0;
}

/* Refills the read buffer; before waiting for a terminal, shows the pending prompt. */
static int refill(FILE *f)
{
	ssize_t r;

	if (f == stdin)
		fflush(stdout);
	if (f->flags & F_WRITING)
		fflush(f);
	do
		r = read(f->fd, f->buf, f->size);
	while (r < 0 && errno == EINTR);
	f->pos = 0;
	f->end = r > 0 ? r : 0;
	if (r <= 0)
		f->flags |= r == 0 ? F_EOF : F_ERR;
	return r > 0 ? 0 : EOF;
}

int fgetc(FILE *f)
{
	unsigned char b;

	if (!(f->flags & F_READ)) {
		f->flags |= F_ERR;
		return EOF;
	}
	if (f->ungot != EOF) {
		b = f->ungot;
		f->ungot = EOF;
		return b;
	}
	need_buf(f);
	if (f->mode == _IONBF || !f->buf) {
		ssize_t r = read(f->fd, &b, 1);

		if (r <= 0)
			f->flags |= r == 0 ? F_EOF : F_ERR;
		return r == 1 ? b : EOF;
	}
	if (f->pos == f->end && refill(f) == EOF)
		return EOF;
	return (unsigned char)f->buf[f->pos++];
}

int getc(FILE *f) { return fgetc(f); }
int getchar(void) { return fgetc(stdin); }

int ungetc(int c, FILE *f)
{
	if (c == EOF)
		return EOF;
	f->ungot = (unsigned char)c;
	f->flags &= ~F_EOF;
	return f->ungot;
}

/* Reads up to n-1 bytes, stopping after a '\n'. NULL at end of file with nothing read. */
char *fgets(char *s, int n, FILE *f)
{
	int i = 0, c = 0;

	if (n <= 0)
		return 0;
	while (i < n - 1 && (c = fgetc(f)) != EOF) {
		s[i++] = (char)c;
		if (c == '\n')
			break;
	}
	s[i] = 0;
	return i == 0 && c == EOF ? 0 : s;
}

size_t fread(void *p, size_t size, size_t n, FILE *f)
{
	char *d = p;
	size_t total = size * n, i;

	for (i = 0; i < total; i++) {
		int c = fgetc(f);

		if (c == EOF)
			break;
		d[i] = (char)c;
	}
	return size ? i / size : 0;
}

int feof(FILE *f) { return (f->flags & F_EOF) != 0; }
int ferror(FILE *f) { return (f->flags & F_ERR) != 0; }
void clearerr(FILE *f) { f->flags &= ~(F_EOF | F_ERR); }
int fileno(FILE *f) { return f->fd; }

int setvbuf(FILE *f, char *buf, int mode, size_t size)
{
	if (mode < _IOFBF || mode > _IONBF)
		return -1;
	fflush(f);
	if (f->flags & F_OWNBUF)
		free(f->buf);
	f->flags &= ~(F_OWNBUF | F_LAZY);
	f->mode = mode;
	f->buf = mode == _IONBF ? 0 : buf;
	f->size = buf ? size : 0;
	return 0;
}

void setbuf(FILE *f, char *buf)
{
	setvbuf(f, buf, buf ? _IOFBF : _IONBF, BUFSIZ);
}

/* Mode letters: r, w, a, each optionally with '+' (read and write); 'b' is ignored. */
static int parse_mode(const char *mode, int *flags)
{
	int plus = strchr(mode, '+') != 0;

	switch (mode[0]) {
	case 'r': *flags = plus ? F_READ | F_WRITE : F_READ; return plus ? O_RDWR : O_RDONLY;
	case 'w': *flags = plus ? F_READ | F_WRITE : F_WRITE;
		return (plus ? O_RDWR : O_WRONLY) | O_CREAT | O_TRUNC;
	case 'a': *flags = plus ? F_READ | F_WRITE : F_WRITE;
		return (plus ? O_RDWR : O_WRONLY) | O_CREAT | O_APPEND;
	}
	return -1;
}

FILE *fdopen(int fd, const char *mode)
{
	int flags, oflags = parse_mode(mode, &flags);
	FILE *f;

	if (oflags < 0) {
		errno = EINVAL;
		return 0;
	}
	f = calloc(1, sizeof(FILE));
	if (!f)
		return 0;
	f->fd = fd;
	f->flags = flags | F_LAZY;
	f->mode = _IOFBF;
	f->ungot = EOF;
	f->next = files;
	files = f;
	return f;
}

FILE *fopen(const char *path, const char *mode)
{
	int flags, oflags = parse_mode(mode, &flags), fd;
	FILE *f;

	if (oflags < 0) {
		errno = EINVAL;
		return 0;
	}
	fd = open(path, oflags, 0666);
	if (fd < 0)
		return 0;
	f = fdopen(fd, mode);
	if (!f)
		close(fd);
	return f;
}

int fclose(FILE *f)
{
	FILE **pp;
	int r = fflush(f);

	if (close(f->fd) < 0)
		r = EOF;
	for (pp = &files; *pp; pp = &(*pp)->next)
		if (*pp == f) {
			*pp = f->next;
			break;
		}
	if (f->flags & F_OWNBUF)
		free(f->buf);
	if (f == stdin || f == stdout || f == stderr)
		f->flags = 0;
	else
		free(f);
	return r;
}

int fseek(FILE *f, long offset, int whence)
{
	if (fflush(f) || lseek(f->fd, offset, whence) < 0)
		return -1;
	f->ungot = EOF;
	f->flags &= ~F_EOF;
	return 0;
}

long ftell(FILE *f)
{
	long pos = lseek(f->fd, 0, SEEK_CUR);

	if (pos < 0)
		return -1;
	if (f->flags & F_WRITING)
		return pos + f->pos;
	return pos - (f->end - f->pos) - (f->ungot != EOF);
}

void rewind(FILE *f)
{
	fseek(f, 0, SEEK_SET);
	clearerr(f);
}

/* A directory needs rmdir; unlink tells us so with EISDIR. */
int remove(const char *path)
{
	if (unlink(path) == 0)
		return 0;
	return errno == EISDIR ? rmdir(path) : -1;
}
