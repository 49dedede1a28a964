/* A few libm functions on exactly representable inputs. */
#include <stdio.h>
#include <math.h>

int main(void)
{
	printf("%.6f %.6f %.6f\n", sqrt(2.0), sqrt(144.0), fabs(-3.25));
	printf("%.6f %.6f %.6f\n", floor(-2.5), ceil(-2.5), fmod(10.5, 3.0));
	printf("%.6f %.6f\n", pow(2.0, 10.0), ldexp(3.0, 4));
	printf("%.6f\n", sin(0.0) + cos(0.0));
	return (int)sqrt(10000.0);
}
