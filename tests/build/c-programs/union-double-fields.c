/* Taking doubles apart through a union with a 64-bit integer: sign, biased exponent and fraction
 * of normal, subnormal and special values, and building a double from fields. */
#include <stdio.h>

union dbits {
	double d;
	unsigned long long u;
};

static void show(double d)
{
	union dbits b;
	b.d = d;
	printf("%-12g sign %d exp %4d frac %013llx\n", d, (int)(b.u >> 63),
	       (int)((b.u >> 52) & 0x7ff), b.u & 0xfffffffffffffULL);
}

int main(void)
{
	union dbits b;
	double zero = 0.0;

	show(1.0);
	show(-2.0);
	show(0.1);
	show(1e-310);
	show(1.0 / zero);
	show(-0.0);
	b.u = (1023ULL + 10) << 52 | 1ULL << 51;   /* 1.5 * 2^10 */
	printf("built %g\n", b.d);
	b.u = 0x7fefffffffffffffULL;
	printf("max %g\n", b.d);
	return 0;
}
