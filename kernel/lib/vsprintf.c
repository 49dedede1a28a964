/*
 * lib/vsprintf.c: formatted output for printk() and friends.
 *
 * Conversions: %s %c %d %i %u %x %X %o %p %%, with the l and ll length
 * modifiers, flags (- 0 + space #), width and precision (both may be *).
 * A NULL string prints "(null)", as in Linux.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/ctype.h>

#define ZEROPAD	1	/* pad with zero */
#define SIGN	2	/* unsigned/signed long */
#define PLUS	4	/* show plus */
#define SPACE	8	/* space if plus */
#define LEFT	16	/* left justified */
#define SPECIAL	32	/* 0x / 0 prefix */
#define LARGE	64	/* use 'ABCDEF' instead of 'abcdef' */

struct printf_spec {
	int flags, width, precision, base;
};

/* an output cursor that counts everything but stores only what fits */
struct outbuf {
	char *buf, *end;
	int len;
};

static void put(struct outbuf *o, char c)
{
	if (o->buf < o->end)
		*o->buf++ = c;
	o->len++;
}

static void number(struct outbuf *o, unsigned long long num, int negative,
		   struct printf_spec *spec)
{
	const char *digits = (spec->flags & LARGE) ? "0123456789ABCDEF" : "0123456789abcdef";
	char tmp[24], sign = 0;
	int i = 0, width = spec->width, prec = spec->precision;
	unsigned int base = spec->base;

	if (negative)
		sign = '-';
	else if (spec->flags & PLUS)
		sign = '+';
	else if (spec->flags & SPACE)
		sign = ' ';
	if (num == 0)
		tmp[i++] = '0';
	/* divide in 32 bits when we can: 64-bit division is a slow helper call */
	while (num > 0xffffffffULL) {
		tmp[i++] = digits[num % base];
		num /= base;
	}
	for (; (unsigned long)num; num = (unsigned long)num / base)
		tmp[i++] = digits[(unsigned long)num % base];
	if (prec < i)
		prec = i;
	width -= prec + (sign != 0);
	if ((spec->flags & SPECIAL) && base == 16)
		width -= 2;
	if (!(spec->flags & (LEFT | ZEROPAD)))
		while (width-- > 0)
			put(o, ' ');
	if (sign)
		put(o, sign);
	if ((spec->flags & SPECIAL) && base == 16) {
		put(o, '0');
		put(o, (spec->flags & LARGE) ? 'X' : 'x');
	}
	if (!(spec->flags & LEFT) && (spec->flags & ZEROPAD))
		while (width-- > 0)
			put(o, '0');
	while (i < prec--)
		put(o, '0');
	while (i-- > 0)
		put(o, tmp[i]);
	while (width-- > 0)
		put(o, ' ');
}

static void string(struct outbuf *o, const char *s, struct printf_spec *spec)
{
	int len, i;

	if (!s)
		s = "(null)";
	len = strnlen(s, spec->precision < 0 ? 0x7fffffff : spec->precision);
	if (!(spec->flags & LEFT))
		while (len < spec->width--)
			put(o, ' ');
	for (i = 0; i < len; i++)
		put(o, s[i]);
	while (len < spec->width--)
		put(o, ' ');
}

static int skip_atoi(const char **s)
{
	int i = 0;

	while (isdigit(**s))
		i = i * 10 + *((*s)++) - '0';
	return i;
}

/* parse flags, width and precision; leaves *fmt at the length modifier */
static void parse_spec(const char **fmt, struct printf_spec *spec, va_list *args)
{
	spec->flags = 0;
	for (;; (*fmt)++) {
		switch (**fmt) {
		case '-': spec->flags |= LEFT; continue;
		case '+': spec->flags |= PLUS; continue;
		case ' ': spec->flags |= SPACE; continue;
		case '#': spec->flags |= SPECIAL; continue;
		case '0': spec->flags |= ZEROPAD; continue;
		}
		break;
	}
	spec->width = -1;
	if (isdigit(**fmt))
		spec->width = skip_atoi(fmt);
	else if (**fmt == '*') {
		(*fmt)++;
		spec->width = va_arg(*args, int);
		if (spec->width < 0) {
			spec->width = -spec->width;
			spec->flags |= LEFT;
		}
	}
	spec->precision = -1;
	if (**fmt == '.') {
		(*fmt)++;
		if (isdigit(**fmt))
			spec->precision = skip_atoi(fmt);
		else if (**fmt == '*') {
			(*fmt)++;
			spec->precision = va_arg(*args, int);
		}
		if (spec->precision < 0)
			spec->precision = 0;
	}
}

/* one integer conversion: fetch the argument at its size and print it */
static void convert_int(struct outbuf *o, char conv, int qualifier, struct printf_spec *spec,
			va_list *args)
{
	unsigned long long num;
	int negative = 0;

	spec->base = 10;
	if (conv == 'x' || conv == 'X')
		spec->base = 16;
	else if (conv == 'o')
		spec->base = 8;
	if (conv == 'X')
		spec->flags |= LARGE;
	if (conv == 'd' || conv == 'i')
		spec->flags |= SIGN;
	if (qualifier == 'L')
		num = va_arg(*args, unsigned long long);
	else
		num = va_arg(*args, unsigned long);
	if (spec->flags & SIGN) {
		long long v = qualifier == 'L' ? (long long)num : (long long)(long)num;

		if (v < 0) {
			negative = 1;
			num = -(unsigned long long)v;
		}
	}
	number(o, num, negative, spec);
}

int vsnprintf(char *buf, size_t size, const char *fmt, va_list args)
{
	struct outbuf o = { buf, buf + size, 0 };
	struct printf_spec spec;
	int qualifier;

	if (size == 0)
		o.end = buf;
	else if (size - 1 > ~0UL - (unsigned long)buf)
		o.end = (char *)~0UL;	/* sprintf(): no limit, but no pointer wrap-around */
	else
		o.end = buf + size - 1;	/* room for the terminator */
	for (; *fmt; fmt++) {
		if (*fmt != '%') {
			put(&o, *fmt);
			continue;
		}
		fmt++;
		parse_spec(&fmt, &spec, &args);
		qualifier = 0;
		if (*fmt == 'l' || *fmt == 'h' || *fmt == 'z') {
			qualifier = *fmt++;
			if (qualifier == 'l' && *fmt == 'l') {
				qualifier = 'L';
				fmt++;
			}
		}
		switch (*fmt) {
		case 'c':
			spec.width--;
			if (!(spec.flags & LEFT))
				while (spec.width-- > 0)
					put(&o, ' ');
			put(&o, (char)va_arg(args, int));
			while (spec.width-- > 0)
				put(&o, ' ');
			break;
		case 's':
			string(&o, va_arg(args, const char *), &spec);
			break;
		case 'p':
			spec.flags |= ZEROPAD;
			spec.width = 8;
			spec.base = 16;
			number(&o, (unsigned long)va_arg(args, void *), 0, &spec);
			break;
		case '%':
			put(&o, '%');
			break;
		case 'd': case 'i': case 'u': case 'x': case 'X': case 'o':
			convert_int(&o, *fmt, qualifier, &spec, &args);
			break;
		default:
			put(&o, '%');
			if (!*fmt)
				fmt--;
			else
				put(&o, *fmt);
		}
	}
	if (size)
		*o.buf = '\0';
	return o.len;
}

int snprintf(char *buf, size_t size, const char *fmt, ...)
{
	va_list args;
	int n;

	va_start(args, fmt);
	n = vsnprintf(buf, size, fmt, args);
	va_end(args);
	return n;
}

int sprintf(char *buf, const char *fmt, ...)
{
	va_list args;
	int n;

	va_start(args, fmt);
	n = vsnprintf(buf, 0x7fffffff, fmt, args);
	va_end(args);
	return n;
}

unsigned long simple_strtoul(const char *cp, char **endp, unsigned int base)
{
	unsigned long result = 0, value;

	if (!base) {
		base = 10;
		if (*cp == '0') {
			base = 8;
			cp++;
			if (tolower(*cp) == 'x' && isxdigit(cp[1])) {
				cp++;
				base = 16;
			}
		}
	} else if (base == 16 && cp[0] == '0' && tolower(cp[1]) == 'x')
		cp += 2;
	while (isxdigit(*cp) &&
	       (value = isdigit(*cp) ? *cp - '0' : tolower(*cp) - 'a' + 10) < base) {
		result = result * base + value;
		cp++;
	}
	if (endp)
		*endp = (char *)cp;
	return result;
}

long simple_strtol(const char *cp, char **endp, unsigned int base)
{
	if (*cp == '-')
		return -(long)simple_strtoul(cp + 1, endp, base);
	return simple_strtoul(cp, endp, base);
}
