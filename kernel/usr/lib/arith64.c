/* arith64.c - helpers the compilers call for what i386 cannot do in one instruction.
 *
 * A 32-bit CPU divides a 64-bit number by a 32-bit one at most, so `a / b` on two
 * long longs becomes a call to __divdi3 (gcc and tcc both). tcc also calls helpers
 * for 64-bit shifts and for conversions between floating point and unsigned 64-bit
 * integers. This file is compiled like any other libc file, so it must not itself use
 * 64-bit division: it uses the CPU's 64-by-32 divl, or shift and subtract.
 */

typedef unsigned long long u64;
typedef long long s64;

/* divl: (hi:lo) / d with the CPU's 64-by-32 division. hi must be below d, or the
 * quotient would not fit in 32 bits (the CPU raises #DE). */
static unsigned div_64_32(unsigned hi, unsigned lo, unsigned d, unsigned *rem)
{
	unsigned q, r;

	__asm__("divl %4" : "=a"(q), "=d"(r) : "a"(lo), "d"(hi), "r"(d));
	*rem = r;
	return q;
}

/* Unsigned division; *rem gets the remainder. b must not be 0.
 * A 32-bit divisor (the common case: printing in base 10) takes two divl, as in long
 * division by hand with 32-bit "digits"; a bigger one goes one bit at a time. */
static u64 udivmod(u64 a, u64 b, u64 *rem)
{
	unsigned ah = (unsigned)(a >> 32), al = (unsigned)a, r32, qh, ql;
	u64 q = 0, r = 0;
	int i;

	if (b == 0) {
		volatile int zero = 0;

		return 1 / zero;    /* raise the same SIGFPE a 32-bit division would */
	}
	if ((b >> 32) == 0) {
		unsigned d = (unsigned)b;

		qh = ah / d;
		ql = div_64_32(ah % d, al, d, &r32);
		*rem = r32;
		return ((u64)qh << 32) | ql;
	}
	for (i = 63; i >= 0; i--) {
		r = (r << 1) | ((a >> i) & 1);
		if (r >= b) {
			r -= b;
			q |= 1ULL << i;
		}
	}
	*rem = r;
	return q;
}

u64 __udivdi3(u64 a, u64 b)
{
	u64 r;

	return udivmod(a, b, &r);
}

u64 __umoddi3(u64 a, u64 b)
{
	u64 r;

	udivmod(a, b, &r);
	return r;
}

/* gcc calls this one when it needs the quotient and the remainder of one division. */
u64 __udivmoddi4(u64 a, u64 b, u64 *rem)
{
	u64 r, q = udivmod(a, b, &r);

	if (rem)
		*rem = r;
	return q;
}

/* Signed: divide the magnitudes; the quotient is negative when the signs differ, the
 * remainder takes the dividend's sign (C rounds toward zero). */
s64 __divdi3(s64 a, s64 b)
{
	u64 r, q = udivmod(a < 0 ? -(u64)a : (u64)a, b < 0 ? -(u64)b : (u64)b, &r);

	return (a < 0) != (b < 0) ? -(s64)q : (s64)q;
}

s64 __moddi3(s64 a, s64 b)
{
	u64 r;

	udivmod(a < 0 ? -(u64)a : (u64)a, b < 0 ? -(u64)b : (u64)b, &r);
	return a < 0 ? -(s64)r : (s64)r;
}

s64 __divmoddi4(s64 a, s64 b, s64 *rem)
{
	s64 q = __divdi3(a, b);

	if (rem)
		*rem = a - q * b;
	return q;
}

/* Shifts by a count of 0..63, built from 32-bit halves. */
union halves {
	u64 v;
	struct { unsigned lo, hi; } h;
};

u64 __ashldi3(u64 a, int n)
{
	union halves x;

	x.v = a;
	if (n >= 32) {
		x.h.hi = x.h.lo << (n - 32);
		x.h.lo = 0;
	} else if (n > 0) {
		x.h.hi = (x.h.hi << n) | (x.h.lo >> (32 - n));
		x.h.lo <<= n;
	}
	return x.v;
}

u64 __lshrdi3(u64 a, int n)
{
	union halves x;

	x.v = a;
	if (n >= 32) {
		x.h.lo = x.h.hi >> (n - 32);
		x.h.hi = 0;
	} else if (n > 0) {
		x.h.lo = (x.h.lo >> n) | (x.h.hi << (32 - n));
		x.h.hi >>= n;
	}
	return x.v;
}

s64 __ashrdi3(s64 a, int n)
{
	union halves x;
	int hi;

	x.v = (u64)a;
	hi = (int)x.h.hi;
	if (n >= 32) {
		x.h.lo = (unsigned)(hi >> (n - 32));
		x.h.hi = (unsigned)(hi >> 31);
	} else if (n > 0) {
		x.h.lo = (x.h.lo >> n) | (x.h.hi << (32 - n));
		x.h.hi = (unsigned)(hi >> n);
	}
	return (s64)x.v;
}

/* Unsigned 64-bit to floating point. The FPU converts only signed integers, so a value
 * with the top bit set is halved first; the bit shifted out is ORed back in ("sticky")
 * so that the one rounding left still rounds to nearest. The volatile stores make
 * sure the rounding happens there (x87 registers hold more precision than a double). */
double __floatundidf(u64 a)
{
	volatile double d;

	if ((s64)a >= 0)
		return (double)(s64)a;
	d = (double)(s64)((a >> 1) | (a & 1));
	return d * 2.0;
}

/* To float: keep 26 significant bits (24 + a rounding bit + a sticky bit) so that the
 * conversion to double is exact and only the step to float rounds. */
float __floatundisf(u64 a)
{
	volatile float f;
	double scale = 1.0;

	while (a >> 26) {
		a = (a >> 1) | (a & 1);
		scale *= 2.0;
	}
	f = (float)(double)(s64)a;
	return f * scale;
}

long double __floatundixf(u64 a)
{
	long double x = (long double)(s64)(a >> 1) * 2;   /* 64-bit mantissa: exact */

	return x + (long double)(int)(a & 1);
}

/* Floating point to 64-bit integer, truncating toward zero, done on the bits of the
 * double (sign, 11-bit exponent, 52-bit mantissa) so no conversion helper is needed
 * to build the conversion helper. Out of range gives 2^63, as the FPU does. */
static u64 magnitude(double d, int *neg, int limit)
{
	union { double d; u64 u; } b;
	int e;
	u64 m;

	b.d = d;
	*neg = (int)(b.u >> 63);
	e = (int)((b.u >> 52) & 0x7ff) - 1075;
	m = (b.u & ((1ULL << 52) - 1)) | (1ULL << 52);
	if (e < -52)
		return 0;           /* |d| < 1 */
	if (e >= limit)
		return 1ULL << 63;  /* too big */
	return e >= 0 ? m << e : m >> -e;
}

s64 __fixdfdi(double d)
{
	int neg;
	u64 m = magnitude(d, &neg, 11);

	return neg ? -(s64)m : (s64)m;
}

s64 __fixsfdi(float f) { return __fixdfdi(f); }
s64 __fixxfdi(long double x) { return __fixdfdi((double)x); }

u64 __fixunsdfdi(double d)
{
	int neg;
	u64 m = magnitude(d, &neg, 12);

	return neg ? -m : m;
}

u64 __fixunssfdi(float f) { return __fixunsdfdi(f); }
u64 __fixunsxfdi(long double x) { return __fixunsdfdi((double)x); }

/* tcc converts floating point to integers with fistp after loading this control word
 * (round toward zero, as C requires), then restores the normal one. */
unsigned short __tcc_fpu_control = 0x137f;
unsigned short __tcc_int_fpu_control = 0x137f | 0x0c00;
