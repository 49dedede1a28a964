/* %g at every precision from 1 to 17: the digit string is rounded to that many significant
 * digits, trailing zeros dropped, switching to exponent form when the exponent is large. */
#include <stdio.h>

int main(void)
{
	double v[] = { 3.141592653589793, 1.0 / 3.0, 2.0 / 3.0, 123456789.0, 0.000123456789, 1e21,
	               9.5, 0.95, 99999.5 };
	int i, p;

	for (i = 0; i < 9; i++) {
		for (p = 1; p <= 17; p += 2)
			printf("%.*g ", p, v[i]);
		printf("\n");
	}
	printf("%.0g %.1g %.2g %#.2g\n", 0.5, 0.05, 100.0, 100.0);
	return 0;
}
