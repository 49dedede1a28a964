/* fmtfloat.c - %f %e %g, digit for digit as glibc prints them.
 *
 * A finite double is exactly m * 2^e (m < 2^53). Rather than multiplying by 10 in
 * floating point (which drifts), we write that value out exactly in decimal with a
 * little big-number arithmetic, then round the digit string at the wanted place,
 * ties to even, as glibc does in its default rounding mode.
 */
#include <string.h>
#include "printf.h"

#define LIMBS 96                /* 864 digits: enough for 2^1024 and for m * 5^1074 */
#define BASE 1000000000u        /* each limb holds 9 decimal digits */
#define MAXPREC 900

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

/* x = the exact decimal value of |v| (v finite). */
static void to_decimal(struct decimal *x, unsigned long long bits)
{
	unsigned limb[LIMBS];
	unsigned long long m = bits & ((1ULL << 52) - 1);
	int len = 0, e = (int)(bits >> 52) & 0x7ff, k, shift = 0;

	if (e) {
		m |= 1ULL << 52;
		e -= 1075;
	} else {
		e = -1074;      /* subnormal */
	}
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
	if (exp >= 100)
		b[n++] = (char)('0' + exp / 100);
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

void __fmt_float(struct sink *o, double v, char conv, int prec, int width, const char *flags)
{
	union { double d; unsigned long long u; } bits;
	static struct decimal x;    /* 870 bytes: kept off the (small) stack */
	char body[MAXPREC + 400], sign[2] = "";
	int upper = conv == 'F' || conv == 'E' || conv == 'G', n, zeros = 0, pad;
	int alt = strchr(flags, '#') != 0;
	char e = upper ? 'E' : 'e';

	bits.d = v;
	if (bits.u >> 63)
		sign[0] = '-';
	else if (strchr(flags, '+'))
		sign[0] = '+';
	else if (strchr(flags, ' '))
		sign[0] = ' ';
	if (prec > MAXPREC)
		prec = MAXPREC;
	if (((bits.u >> 52) & 0x7ff) == 0x7ff) {
		strcpy(body, (bits.u << 12) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"));
		n = 3;
	} else {
		to_decimal(&x, bits.u & ~(1ULL << 63));
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
