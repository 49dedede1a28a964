/* Infinities, NaN and signed zero made at run time (division by a zero variable), how they
 * compare, and how printf shows them. */
#include <stdio.h>

int main(void)
{
	double zero = 0.0, one = 1.0;
	double inf = one / zero, ninf = -one / zero, nan = zero / zero, nzero = -zero;
	double tiny = 1e-300;

	printf("%f %f %e %g\n", inf, ninf, inf, ninf);
	printf("%F %E %G\n", inf, ninf, inf);
	printf("nan == nan %d, nan != nan %d, nan < 1 %d, nan > 1 %d\n", nan == nan, nan != nan,
	       nan < 1, nan > 1);
	printf("inf > 1e308 %d, -inf < -1e308 %d, inf == inf %d\n", inf > 1e308, ninf < -1e308,
	       inf == inf);
	printf("-0 == 0 %d, 1/-0 %f, 1/0 %f, -0 prints %g %.1f\n", nzero == zero, one / nzero,
	       one / zero, nzero, nzero);
	printf("underflow %g, overflow %g\n", tiny * tiny, 1e300 * 1e300);
	printf("inf - inf is NaN: %d\n", (inf - inf) != (inf - inf));
	printf("%8.2f|%-8f|%+f\n", inf, ninf, inf);
	return 0;
}
