/* strtol.c - numbers from text. All four functions share one parser that reads an
 * unsigned 64-bit magnitude and reports overflow; each then clamps to its own range
 * and sets errno = ERANGE, as the C standard asks. */
#include <stdlib.h>
#include <ctype.h>
#include <errno.h>
#include <limits.h>

static int digit(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'z')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'Z')
		return c - 'A' + 10;
	return 99;
}

/* Parses [space][sign][0x|0]digits. *neg gets the sign, *over whether the magnitude
 * passed ULLONG_MAX; *end the first unused character (s itself if no digits). */
static unsigned long long parse(const char *s, char **end, int base, int *neg, int *over)
{
	const char *p = s, *start;
	unsigned long long v = 0, limit;

	*neg = *over = 0;
	if (base < 0 || base == 1 || base > 36) {
		errno = EINVAL;
		if (end)
			*end = (char *)s;
		return 0;
	}
	while (isspace((unsigned char)*p))
		p++;
	if (*p == '-' || *p == '+')
		*neg = *p++ == '-';
	if ((base == 0 || base == 16) && p[0] == '0' && (p[1] == 'x' || p[1] == 'X') &&
	    digit((unsigned char)p[2]) < 16) {
		p += 2;
		base = 16;
	} else if (base == 0) {
		base = *p == '0' ? 8 : 10;
	}
	limit = ULLONG_MAX / base;
	for (start = p; digit((unsigned char)*p) < base; p++) {
		unsigned d = digit((unsigned char)*p);

		if (v > limit || (v == limit && d > ULLONG_MAX % base))
			*over = 1;
		v = v * base + d;
	}
	if (end)
		*end = (char *)(p == start ? s : p);
	return v;
}

long long strtoll(const char *s, char **end, int base)
{
	int neg, over;
	unsigned long long v = parse(s, end, base, &neg, &over);

	if (over || v > (unsigned long long)LLONG_MAX + neg) {
		errno = ERANGE;
		return neg ? LLONG_MIN : LLONG_MAX;
	}
	return neg ? -(long long)v : (long long)v;
}

/* A leading '-' negates in the unsigned type: strtoull("-1") is ULLONG_MAX. */
unsigned long long strtoull(const char *s, char **end, int base)
{
	int neg, over;
	unsigned long long v = parse(s, end, base, &neg, &over);

	if (over) {
		errno = ERANGE;
		return ULLONG_MAX;
	}
	return neg ? -v : v;
}

long strtol(const char *s, char **end, int base)
{
	int neg, over;
	unsigned long long v = parse(s, end, base, &neg, &over);

	if (over || v > (unsigned long long)LONG_MAX + neg) {
		errno = ERANGE;
		return neg ? LONG_MIN : LONG_MAX;
	}
	return neg ? -(long)v : (long)v;
}

unsigned long strtoul(const char *s, char **end, int base)
{
	int neg, over;
	unsigned long long v = parse(s, end, base, &neg, &over);

	if (over || v > ULONG_MAX) {
		errno = ERANGE;
		return ULONG_MAX;
	}
	return neg ? -(unsigned long)v : (unsigned long)v;
}

int atoi(const char *s) { return (int)strtol(s, 0, 10); }
long atol(const char *s) { return strtol(s, 0, 10); }
long long atoll(const char *s) { return strtoll(s, 0, 10); }
