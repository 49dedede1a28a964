/* printf.c - the printf family. One formatter, __vformat, writes into a sink: a FILE
 * for printf/fprintf, a string for sprintf/snprintf.
 *
 * A conversion is  %[flags][width][.precision][length]letter  where
 *   flags:     -  left-justify     +  always a sign    space  a space for no sign
 *              #  0x / leading 0   0  pad with zeros
 *   width:     a number or * (taken from the arguments)
 *   precision: minimum digits for integers, digits after the point for %f, maximum
 *              characters for %s
 *   length:    hh h l ll z j t  (the argument's integer size), L (long double)
 */
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "printf.h"

void __out(struct sink *o, const char *p, size_t n)
{
	if (o->f) {
		fwrite(p, 1, n, o->f);
	} else if (o->len + 1 < o->cap) {
		size_t room = o->cap - 1 - o->len;

		memcpy(o->s + o->len, p, n < room ? n : room);
	}
	o->len += n;
}

void __pad(struct sink *o, char c, int n)
{
	char chunk[16];
	int i;

	for (i = 0; i < 16; i++)
		chunk[i] = c;
	for (; n > 0; n -= 16)
		__out(o, chunk, n < 16 ? n : 16);
}

struct spec {
	char flags[6];      /* the flag characters, as a string */
	int width;
	int prec;           /* -1: none given */
	int size;           /* 1 hh, 2 h, 4 (default), 8 ll */
	int ldouble;        /* L: %f %e %g take a long double */
	char conv;
};

/* Writes prefix + zeros + digits, padded to the width the spec asks for. */
static void emit_number(struct sink *o, struct spec *sp, const char *prefix,
                        const char *digits, int ndigits)
{
	int plen = strlen(prefix), zeros = 0, pad;

	if (sp->prec >= 0 && ndigits < sp->prec)
		zeros = sp->prec - ndigits;
	pad = sp->width - plen - zeros - ndigits;
	if (strchr(sp->flags, '0') && !strchr(sp->flags, '-') && sp->prec < 0) {
		zeros += pad > 0 ? pad : 0;
		pad = 0;
	}
	if (!strchr(sp->flags, '-'))
		__pad(o, ' ', pad);
	__out(o, prefix, plen);
	__pad(o, '0', zeros);
	__out(o, digits, ndigits);
	if (strchr(sp->flags, '-'))
		__pad(o, ' ', pad);
}

/* Digits of v in base (8, 10 or 16) into the end of buf; returns the first digit. */
static char *to_digits(char *end, unsigned long long v, int base, int upper)
{
	const char *set = upper ? "0123456789ABCDEF" : "0123456789abcdef";
	unsigned long small;

	*end = 0;
	while (v > 0xffffffffULL) {         /* 64-bit division only while it is needed */
		*--end = set[v % base];
		v /= base;
	}
	for (small = (unsigned long)v; small; small /= base)
		*--end = set[small % base];
	return end;
}

static void format_int(struct sink *o, struct spec *sp, unsigned long long v, int neg)
{
	char buf[32], prefix[3] = "";
	char *d;
	int base = 10, n;
	char c = sp->conv;

	if (c == 'o')
		base = 8;
	else if (c == 'x' || c == 'X' || c == 'p')
		base = 16;
	d = to_digits(buf + sizeof(buf) - 1, v, base, c == 'X');
	n = buf + sizeof(buf) - 1 - d;
	if (c == 'd' || c == 'i') {
		if (neg)
			strcpy(prefix, "-");
		else if (strchr(sp->flags, '+'))
			strcpy(prefix, "+");
		else if (strchr(sp->flags, ' '))
			strcpy(prefix, " ");
	} else if (c == 'p' || (strchr(sp->flags, '#') && v != 0 && base == 16)) {
		strcpy(prefix, c == 'X' ? "0X" : "0x");
	} else if (strchr(sp->flags, '#') && base == 8 && (sp->prec <= n)) {
		if (n == 0 || d[0] != '0') {    /* # makes sure an octal number starts with 0 */
			*--d = '0';
			n++;
		}
	}
	if (v == 0 && sp->prec == 0 && !(base == 8 && strchr(sp->flags, '#')))
		n = 0;                  /* "%.0d" of 0 prints no digits */
	else if (v == 0 && n == 0) {
		*--d = '0';
		n = 1;
	}
	emit_number(o, sp, prefix, d, n);
}

static void format_str(struct sink *o, struct spec *sp, const char *s)
{
	int n, pad;

	if (!s)     /* glibc prints (null), or nothing when the precision cuts it */
		s = sp->prec < 0 || sp->prec >= 6 ? "(null)" : "";
	n = sp->prec >= 0 ? (int)strnlen(s, sp->prec) : (int)strlen(s);
	pad = sp->width - n;
	if (!strchr(sp->flags, '-'))
		__pad(o, ' ', pad);
	__out(o, s, n);
	if (strchr(sp->flags, '-'))
		__pad(o, ' ', pad);
}

/* Reads flags, width, precision and length; returns the text after the letter. */
static const char *parse_spec(const char *p, struct spec *sp, va_list *ap)
{
	int nf = 0;

	while (*p && strchr("-+ #0", *p) && nf < 5)
		sp->flags[nf++] = *p++;
	sp->flags[nf] = 0;
	sp->width = 0;
	if (*p == '*') {
		sp->width = va_arg(*ap, int);
		if (sp->width < 0) {            /* a negative width means '-' */
			sp->width = -sp->width;
			if (nf < 5)
				sp->flags[nf++] = '-', sp->flags[nf] = 0;
		}
		p++;
	}
	for (; *p >= '0' && *p <= '9'; p++)
		sp->width = sp->width * 10 + (*p - '0');
	sp->prec = -1;
	if (*p == '.') {
		p++;
		sp->prec = 0;
		if (*p == '*') {
			sp->prec = va_arg(*ap, int);
			if (sp->prec < 0)
				sp->prec = -1;
			p++;
		}
		for (; *p >= '0' && *p <= '9'; p++)
			sp->prec = sp->prec * 10 + (*p - '0');
	}
	sp->size = 4;
	sp->ldouble = 0;
	for (;; p++) {
		if (*p == 'h')
			sp->size = sp->size == 2 ? 1 : 2;
		else if (*p == 'l')
			sp->size = sp->size == 5 ? 8 : 5;   /* 5: "l", the same as int here */
		else if (*p == 'j' || *p == 'q' || *p == 'L')
			sp->size = 8, sp->ldouble = *p == 'L';
		else if (*p != 'z' && *p != 't')
			break;
	}
	sp->conv = *p;
	return *p ? p + 1 : p;
}

/* Fetches an integer argument of the spec's size; *neg gets the sign for %d/%i. */
static unsigned long long int_arg(struct spec *sp, va_list *ap, int *neg)
{
	int is_signed = sp->conv == 'd' || sp->conv == 'i';
	long long v;

	if (sp->size == 8)
		v = va_arg(*ap, long long);
	else if (is_signed)
		v = va_arg(*ap, int);
	else
		v = va_arg(*ap, unsigned int);
	if (sp->size == 2)
		v = is_signed ? (long long)(short)v : (long long)(unsigned short)v;
	else if (sp->size == 1)
		v = is_signed ? (long long)(signed char)v : (long long)(unsigned char)v;
	*neg = is_signed && v < 0;
	return *neg ? 0ULL - (unsigned long long)v : (unsigned long long)v;
}

/* The one formatter. Copying the list to a local lets helpers take it by pointer. */
static int vformat(struct sink *o, const char *fmt, va_list args)
{
	struct spec sp;
	const char *p;
	va_list ap;
	unsigned long long v;
	void *ptr;
	int neg;

	va_copy(ap, args);
	for (p = fmt; *p;) {
		const char *pct = strchr(p, '%');
		char ch;

		if (!pct) {
			__out(o, p, strlen(p));
			break;
		}
		__out(o, p, pct - p);
		p = parse_spec(pct + 1, &sp, &ap);
		switch (sp.conv) {
		case 'd': case 'i': case 'u': case 'x': case 'X': case 'o':
			v = int_arg(&sp, &ap, &neg);
			format_int(o, &sp, v, neg);
			break;
		case 'p':
			ptr = va_arg(ap, void *);
			if (ptr)
				format_int(o, &sp, (unsigned long)ptr, 0);
			else
				format_str(o, &sp, "(nil)");
			break;
		case 'c':
			ch = (char)va_arg(ap, int);
			if (!strchr(sp.flags, '-'))
				__pad(o, ' ', sp.width - 1);
			__out(o, &ch, 1);
			if (strchr(sp.flags, '-'))
				__pad(o, ' ', sp.width - 1);
			break;
		case 's':
			format_str(o, &sp, va_arg(ap, const char *));
			break;
		case 'f': case 'F': case 'e': case 'E': case 'g': case 'G':
			if (sp.ldouble)
				__fmt_long_double(o, va_arg(ap, long double), sp.conv, sp.prec,
				                  sp.width, sp.flags);
			else
				__fmt_float(o, va_arg(ap, double), sp.conv, sp.prec, sp.width, sp.flags);
			break;
		case '%':
			__out(o, "%", 1);
			break;
		default:        /* unknown: print it as it was written */
			__out(o, pct, p - pct);
		}
	}
	va_end(ap);
	return (int)o->len;
}

int vsnprintf(char *s, size_t n, const char *fmt, va_list ap)
{
	struct sink o = { 0, s, n, 0 };
	int r = vformat(&o, fmt, ap);

	if (n > 0)
		s[o.len < n ? o.len : n - 1] = 0;
	return r;
}

int vsprintf(char *s, const char *fmt, va_list ap)
{
	return vsnprintf(s, 0x7fffffff, fmt, ap);
}

int vfprintf(FILE *f, const char *fmt, va_list ap)
{
	struct sink o = { f, 0, 0, 0 };

	vformat(&o, fmt, ap);
	return ferror(f) ? -1 : (int)o.len;
}

int vprintf(const char *fmt, va_list ap)
{
	return vfprintf(stdout, fmt, ap);
}

/* dprintf writes straight to a descriptor, through a small buffer on the stack. */
int vdprintf(int fd, const char *fmt, va_list ap)
{
	char buf[512];
	FILE f;
	int r;

	memset(&f, 0, sizeof(f));
	f.fd = fd;
	f.flags = 2;    /* F_WRITE in stdio.c */
	f.mode = _IOFBF;
	f.buf = buf;
	f.size = sizeof(buf);
	f.ungot = EOF;
	r = vfprintf(&f, fmt, ap);
	return fflush(&f) ? -1 : r;
}

int printf(const char *fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vfprintf(stdout, fmt, ap);
	va_end(ap);
	return r;
}

int fprintf(FILE *f, const char *fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vfprintf(f, fmt, ap);
	va_end(ap);
	return r;
}

int dprintf(int fd, const char *fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vdprintf(fd, fmt, ap);
	va_end(ap);
	return r;
}

int sprintf(char *s, const char *fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vsprintf(s, fmt, ap);
	va_end(ap);
	return r;
}

int snprintf(char *s, size_t n, const char *fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vsnprintf(s, n, fmt, ap);
	va_end(ap);
	return r;
}
