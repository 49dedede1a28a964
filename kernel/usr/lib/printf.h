/* printf.h - private: the output sink shared by the printf family and %f/%e/%g. */
#ifndef _PRINTF_PRIVATE_H
#define _PRINTF_PRIVATE_H

#include <stdio.h>

struct sink {
	FILE *f;        /* write here, or else... */
	char *s;        /* ...into this string, keeping at most cap-1 bytes and a NUL */
	size_t cap;
	size_t len;     /* bytes produced so far (even past cap: snprintf returns it) */
};

void __out(struct sink *o, const char *p, size_t n);
void __pad(struct sink *o, char c, int n);

/* Formats a double for %f %e %g (and %F %E %G): conv is the letter, prec < 0 means
 * the default 6. flags holds the printf flag characters seen ('-', '+', ' ', '#',
 * '0'). Appends to o, padded to width. */
void __fmt_float(struct sink *o, double x, char conv, int prec, int width, const char *flags);
/* The same for a long double (%Lf %Le %Lg), all 64 bits of its mantissa. */
void __fmt_long_double(struct sink *o, long double x, char conv, int prec, int width,
                       const char *flags);

#endif
