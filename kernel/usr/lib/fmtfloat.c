/* fmtfloat.c - %f %e %g (and %Lf %Le %Lg), digit for digit as glibc prints them.
 *
 * A finite double is exactly m * 2^e (m < 2^53), an x87 long double m * 2^e with
 * m < 2^64. Rather than multiplying by 10 in floating point (which drifts), we write
 * that value out exactly in decimal with a little big-number arithmetic, then round
 * the digit string at the wanted place, ties to even, as glibc does in its default
 * rounding mode.
 */
#include <string.h>
#include "printf.h"

/* 11,547 digits: enough for the smallest long double, m * 5^16445 / 10^16445 with
 * m < 2^64 (11,514 digits), and for the largest, below 2^16384 (4,933 digits). */
#define LIMBS 1283
#define BASE 1000000000u        /* each limb holds 9 decimal digits */
#define MAXPREC 900
#define MAXINT 4933             /* digits before the point of the largest long double */

struct decimal {
	char d[LIMBS * 9 + 2];      /* digits, most significant first, no zeros at the ends */
	int n;                      /* how many digits (0 for zero) */
	int dp;                     /* value = 0.d[0]d[1]... * 10^dp */
};

/* limb[0..*len) *= m (m <= 2^28), little-endian base 10^9. */
static void mul_small(unsigned *limb, int *len, unsigned m)
{
	unsigned long long carry = 0;
	int i;

	for (i = 0; i < *len; i++) {
		unsigned long long t = (unsigned long long)limb[i] * m + carry;

		limb[i] = (unsigned)(t % BASE);
		carry = t / BASE;
	}
	while (carry) {
		limb[(*len)++] = (unsigned)(carry % BASE);
		carry /= BASE;
	}
}

/* Writes the limbs out as decimal digits, dropping leading zeros. */
static void limbs_to_digits(struct decimal *x, unsigned *limb, int len)
{
	int i, j;
	char tmp[9];

	x->n = 0;
	for (i = len - 1; i >= 0; i--) {
		unsigned v = limb[i];

		for (j = 8; j >= 0; j--, v /= 10)
			tmp[j] = (char)('0' + v % 10);
		for (j = 0; j < 9; j++)
			if (x->n > 0 || tmp[j] != '0')
				x->d[x->n++] = tmp[j];
	}
}

/* A floating value taken apart: finite ones are m * 2^e. */
struct binary {
	unsigned long long m;
	int e;
	int neg;
	int special;                /* 0 finite, 1 infinity, 2 NaN */
};

/* x = the exact decimal value of m * 2^e. */
static void to_decimal(struct decimal *x, unsigned long long m, int e)
{
	static unsigned limb[LIMBS];        /* 5 KB: kept off the stack too */
	int len = 0, k, shift = 0;

	x->dp = 1;
	x->n = 0;
	if (m == 0)
		return;
	for (; m; m /= BASE)
		limb[len++] = (unsigned)(m % BASE);
	if (e > 0)          /* m * 2^e, 28 bits at a time */
		for (k = e; k > 0; k -= 28)
			mul_small(limb, &len, 1u << (k < 28 ? k : 28));
	for (k = -e; k > 0; k -= 12) {   /* m / 2^k = m * 5^k / 10^k */
		unsigned p5 = 1;
		int i;

		for (i = 0; i < (k < 12 ? k : 12); i++)
			p5 *= 5;
		mul_small(limb, &len, p5);
	}
	if (e < 0)
		shift = -e;
	limbs_to_digits(x, limb, len);
	x->dp = x->n - shift;
	while (x->n > 0 && x->d[x->n - 1] == '0')
		x->n--;
}

/* Keeps the first `keep` digits, rounding the rest away half to even. */
static void round_at(struct decimal *x, int keep)
{
	int i, up;

	if (keep >= x->n)
		return;
	if (keep < 0) {     /* less than half a unit of the last place kept */
		x->n = 0;
		return;
	}
	up = x->d[keep] > '5' ||
	     (x->d[keep] == '5' && (x->n > keep + 1 || (keep > 0 && (x->d[keep - 1] & 1))));
	x->n = keep;
	if (up) {
		for (i = keep - 1; i >= 0 && x->d[i] == '9'; i--)
			;
		if (i < 0) {    /* 999 -> 1000 */
			x->d[0] = '1';
			x->n = 1;
			x->dp++;
		} else {
			x->d[i]++;
			x->n = i + 1;
		}
	}
	while (x->n > 0 && x->d[x->n - 1] == '0')
		x->n--;
}

static char digit(const struct decimal *x, int i)
{
	return i >= 0 && i < x->n ? x->d[i] : '0';
}

/* "ddd.ddd" with prec digits after the point (x already rounded). */
static int body_f(char *b, const struct decimal *x, int prec, int alt)
{
	int n = 0, i;

	if (x->dp <= 0)
		b[n++] = '0';
	for (i = 0; i < x->dp; i++)
		b[n++] = digit(x, i);
	if (prec > 0 || alt)
		b[n++] = '.';
	for (i = 0; i < prec; i++)
		b[n++] = digit(x, x->dp + i);
	return n;
}

/* "d.ddde+XX" (x already rounded to prec+1 digits). */
static int body_e(char *b, const struct decimal *x, int prec, int alt, char e)
{
	int n = 0, i, exp = x->n ? x->dp - 1 : 0;

	b[n++] = digit(x, 0);
	if (prec > 0 || alt)
		b[n++] = '.';
	for (i = 1; i <= prec; i++)
		b[n++] = digit(x, i);
	b[n++] = e;
	b[n++] = exp < 0 ? '-' : '+';
	if (exp < 0)
		exp = -exp;
	if (exp >= 1000)            /* long doubles reach e+4932 */
		b[n++] = (char)('0' + exp / 1000);
	if (exp >= 100)
		b[n++] = (char)('0' + exp / 100 % 10);
	b[n++] = (char)('0' + exp / 10 % 10);
	b[n++] = (char)('0' + exp % 10);
	return n;
}

/* %g: the shorter of %e and %f for this many significant digits, no trailing zeros. */
static int body_g(char *b, struct decimal *x, int prec, int alt, char e)
{
	int p = prec < 0 ? 6 : prec == 0 ? 1 : prec, n, exp, end, cut;

	round_at(x, p);
	exp = x->n ? x->dp - 1 : 0;
	if (p > exp && exp >= -4)
		n = body_f(b, x, p - 1 - exp, alt);
	else
		n = body_e(b, x, p - 1, alt, e);
	if (alt || !memchr(b, '.', n))
		return n;
	for (end = 0; end < n && b[end] != e; end++)
		;
	for (cut = end; b[cut - 1] == '0'; cut--)
		;
	if (b[cut - 1] == '.')
		cut--;
	memmove(b + cut, b + end, n - end);
	return n - (end - cut);
}

/* Appends v to o as conv (f F e E g G) asks, padded to width. */
static void format(struct sink *o, const struct binary *v, char conv, int prec, int width,
                   const char *flags)
{
	static struct decimal x;    /* 11 KB: kept off the (small) stack */
	static char body[MAXINT + MAXPREC + 16];
	char sign[2] = "";
	int upper = conv == 'F' || conv == 'E' || conv == 'G', n, zeros = 0, pad;
	int alt = strchr(flags, '#') != 0;
	char e = upper ? 'E' : 'e';

	if (v->neg)
		sign[0] = '-';
	else if (strchr(flags, '+'))
		sign[0] = '+';
	else if (strchr(flags, ' '))
		sign[0] = ' ';
	if (prec > MAXPREC)
		prec = MAXPREC;
	if (v->special) {
		strcpy(body, v->special == 2 ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"));
		n = 3;
	} else {
		to_decimal(&x, v->m, v->e);
		if (conv == 'f' || conv == 'F') {
			prec = prec < 0 ? 6 : prec;
			round_at(&x, x.dp + prec);
			n = body_f(body, &x, prec, alt);
		} else if (conv == 'e' || conv == 'E') {
			prec = prec < 0 ? 6 : prec;
			round_at(&x, prec + 1);
			n = body_e(body, &x, prec, alt, e);
		} else {
			n = body_g(body, &x, prec, alt, e);
		}
		if (strchr(flags, '0') && !strchr(flags, '-'))
			zeros = width - n - (int)strlen(sign);
	}
	pad = width - n - (int)strlen(sign) - (zeros > 0 ? zeros : 0);
	if (!strchr(flags, '-'))
		__pad(o, ' ', pad);
	__out(o, sign, strlen(sign));
	__pad(o, '0', zeros);
	__out(o, body, n);
	if (strchr(flags, '-'))
		__pad(o, ' ', pad);
}

/* IEEE double: 1 sign bit, 11 exponent bits (bias 1023), 52 fraction bits. */
void __fmt_float(struct sink *o, double d, char conv, int prec, int width, const char *flags)
{
	union { double d; unsigned long long u; } bits;
	struct binary v;
	int e;

	bits.d = d;
	e = (int)(bits.u >> 52) & 0x7ff;
	v.m = bits.u & ((1ULL << 52) - 1);
	v.neg = (int)(bits.u >> 63);
	v.special = e == 0x7ff ? (v.m ? 2 : 1) : 0;
	if (e) {
		v.m |= 1ULL << 52;
		v.e = e - 1075;
	} else {
		v.e = -1074;        /* subnormal */
	}
	format(o, &v, conv, prec, width, flags);
}

/* x87 extended: 64 mantissa bits with an explicit integer bit, then 15 exponent
 * bits (bias 16383) and the sign in the next 16-bit word. */
void __fmt_long_double(struct sink *o, long double d, char conv, int prec, int width,
                       const char *flags)
{
	union { long double d; struct { unsigned long long m; unsigned short se; } p; } bits;
	struct binary v;
	int e;

	bits.d = d;
	e = bits.p.se & 0x7fff;
	v.m = bits.p.m;
	v.neg = bits.p.se >> 15;
	v.special = e == 0x7fff ? (v.m << 1 ? 2 : 1) : 0;
	v.e = (e ? e : 1) - 16383 - 63;     /* denormals have the smallest exponent */
	format(o, &v, conv, prec, width, flags);
}
