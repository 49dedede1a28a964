/* %f, %e and %g with default and explicit precision, flags and widths, on values that round
 * up, round to even at exact halves, and span small and large exponents. */
#include <stdio.h>

int main(void)
{
	double v[] = { 0.0, 1.0, -1.5, 0.125, 2.5, 0.5, 1.005, 123456.789, 1e-5, 6.02214076e23,
	               -9.999999, 1e100, 0.1 };
	int i;

	for (i = 0; i < 13; i++)
		printf("%f | %e | %g | %.2f | %.3e | %.3g | %.10g\n", v[i], v[i], v[i], v[i], v[i],
		       v[i], v[i]);
	printf("[%.0f %.0f %.0f %.0f] [%.1f %.1f]\n", 0.5, 1.5, 2.5, 3.5, 0.25, 0.35);
	printf("[%+.2f] [% .2f] [%-10.3f] [%010.3f] [%+010.2e]\n", 3.14159, 3.14159, 2.0, -2.0, 12.5);
	printf("[%#.0f] [%#g] [%#.3g] [%g] [%G] [%E]\n", 3.0, 1.0, 2.0, 1e-10, 1e-10, 12345.0);
	printf("[%g %g %g %g]\n", 100000.0, 1000000.0, 0.0001, 0.00001);
	printf("[%.20f]\n", 0.1);
	printf("[%.15e]\n", 1.0 / 3.0);
	return 0;
}
