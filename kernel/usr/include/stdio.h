/* stdio.h - buffered input and output. A FILE wraps a file descriptor and a buffer so
 * that printing one character is not one write system call. stdout is line-buffered
 * on a terminal (flushed at each '\n'), fully buffered otherwise; stderr is unbuffered.
 * exit() flushes every open FILE. */
#ifndef _STDIO_H
#define _STDIO_H

#include <stddef.h>
#include <stdarg.h>

#define EOF (-1)
#define BUFSIZ 1024
#define _IOFBF 0        /* full buffering */
#define _IOLBF 1        /* flush at each newline */
#define _IONBF 2        /* no buffering */
#define SEEK_SET 0
#define SEEK_CUR 1
#define SEEK_END 2

typedef struct __FILE {
	int fd;                 /* the file descriptor underneath */
	int flags;              /* __F_READ, __F_WRITE, __F_EOF, __F_ERR, ... */
	int mode;               /* _IOFBF, _IOLBF or _IONBF */
	char *buf;              /* the buffer, or NULL before first use */
	int size;               /* its size */
	int pos;                /* next byte to read or write in buf */
	int end;                /* reading: bytes valid in buf */
	int ungot;              /* ungetc()'s byte, or EOF */
	struct __FILE *next;    /* all open FILEs, for exit()'s flush */
} FILE;

extern FILE *stdin, *stdout, *stderr;

FILE *fopen(const char *path, const char *mode);
FILE *fdopen(int fd, const char *mode);
int fclose(FILE *f);
int fflush(FILE *f);
int setvbuf(FILE *f, char *buf, int mode, size_t size);
void setbuf(FILE *f, char *buf);
size_t fread(void *p, size_t size, size_t n, FILE *f);
size_t fwrite(const void *p, size_t size, size_t n, FILE *f);
int fgetc(FILE *f);
int getc(FILE *f);
int getchar(void);
int ungetc(int c, FILE *f);
char *fgets(char *s, int n, FILE *f);
int fputc(int c, FILE *f);
int putc(int c, FILE *f);
int putchar(int c);
int fputs(const char *s, FILE *f);
int puts(const char *s);
int feof(FILE *f);
int ferror(FILE *f);
void clearerr(FILE *f);
int fileno(FILE *f);
int fseek(FILE *f, long offset, int whence);
long ftell(FILE *f);
void rewind(FILE *f);
int remove(const char *path);
int rename(const char *from, const char *to);
void perror(const char *msg);

int printf(const char *fmt, ...);
int fprintf(FILE *f, const char *fmt, ...);
int dprintf(int fd, const char *fmt, ...);
int sprintf(char *s, const char *fmt, ...);
int snprintf(char *s, size_t n, const char *fmt, ...);
int vprintf(const char *fmt, va_list ap);
int vfprintf(FILE *f, const char *fmt, va_list ap);
int vdprintf(int fd, const char *fmt, va_list ap);
int vsprintf(char *s, const char *fmt, va_list ap);
int vsnprintf(char *s, size_t n, const char *fmt, va_list ap);

#endif
