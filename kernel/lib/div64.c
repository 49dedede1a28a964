/*
 * lib/div64.c: 64-bit division and shifts for a 32-bit CPU.
 *
 * i386 has no instruction that divides a 64-bit number by a 64-bit one, so
 * compilers call these helpers (GCC's libgcc and tcc's libtcc1 provide
 * them to ordinary programs; the kernel links neither, so it brings its
 * own). printk's %llu is their main customer.
 */
#include <linux/types.h>
#include <linux/stddef.h>

/* do_div64 - shift-and-subtract long division: *rem = n % d, returns n / d */
static u64 do_div64(u64 n, u64 d, u64 *rem)
{
	u64 q = 0, r = 0;
	int i;

	for (i = 63; i >= 0; i--) {
		r = (r << 1) | ((n >> i) & 1);
		if (r >= d) {
			r -= d;
			q |= 1ULL << i;
		}
	}
	if (rem)
		*rem = r;
	return q;
}

u64 __udivdi3(u64 n, u64 d)
{
	return do_div64(n, d, NULL);
}

u64 __umoddi3(u64 n, u64 d)
{
	u64 r;

	do_div64(n, d, &r);
	return r;
}

s64 __divdi3(s64 n, s64 d)
{
	int neg = (n < 0) ^ (d < 0);
	u64 q = do_div64(n < 0 ? -(u64)n : (u64)n, d < 0 ? -(u64)d : (u64)d, NULL);

	return neg ? -(s64)q : (s64)q;
}

s64 __moddi3(s64 n, s64 d)
{
	u64 r;

	do_div64(n < 0 ? -(u64)n : (u64)n, d < 0 ? -(u64)d : (u64)d, &r);
	return n < 0 ? -(s64)r : (s64)r;
}

/* the shifts tcc calls for a variable 64-bit shift count (32-bit halves only) */
u64 __lshrdi3(u64 a, int b)
{
	u32 lo = (u32)a, hi = (u32)(a >> 32);

	if (b >= 32)
		return hi >> (b - 32);
	if (b == 0)
		return a;
	return ((u64)(hi >> b) << 32) | ((lo >> b) | (hi << (32 - b)));
}

u64 __ashldi3(u64 a, int b)
{
	u32 lo = (u32)a, hi = (u32)(a >> 32);

	if (b >= 32)
		return (u64)(lo << (b - 32)) << 32;
	if (b == 0)
		return a;
	return ((u64)((hi << b) | (lo >> (32 - b))) << 32) | (u32)(lo << b);
}

s64 __ashrdi3(s64 a, int b)
{
	s32 hi = (s32)(a >> 32);
	u32 lo = (u32)a;

	if (b >= 32)
		return (s64)(hi >> (b - 32));
	if (b == 0)
		return a;
	return (s64)(((u64)(u32)(hi >> b) << 32) | ((lo >> b) | ((u32)hi << (32 - b))));
}

/* GCC asks for quotient and remainder at once */
u64 __udivmoddi4(u64 n, u64 d, u64 *rem)
{
	return do_div64(n, d, rem);
}
