/* float and double basics: literals, promotion in varargs, rounding on assignment. */
#include <stdio.h>

int main(void)
{
	float f = 0.1f;
	double d = 0.1;
	float third = 1.0f / 3.0f;
	double dthird = 1.0 / 3.0;
	printf("%.10f %.20f\n", f, d);
	printf("%.9g %.17g\n", third, dthird);
	printf("%d %d\n", (int)sizeof(float), (int)sizeof(double));
	printf("%g %g %g\n", 1e10, 1.5e-7, -0.0);
	printf("%d %d\n", f == 0.1f, (double)f == d);
	dthird *= 30; /* stored: no extra x87 precision left */
	return (int)dthird;
}
