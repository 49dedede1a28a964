/* Rounding done with casts (which truncate toward zero): floor, ceil and round-half-away built
 * from (long long) conversions, checked on halves, negatives and integers, at run time and in
 * constants the compiler folds. */
#include <stdio.h>

static double my_floor(double x)
{
	double t = (double)(long long)x;
	return t > x ? t - 1 : t;
}

static double my_ceil(double x)
{
	double t = (double)(long long)x;
	return t < x ? t + 1 : t;
}

static double my_round(double x)
{
	return x < 0 ? -my_floor(-x + 0.5) : my_floor(x + 0.5);
}

int main(void)
{
	double v[] = { 0.0, 0.4, 0.5, 0.6, 1.5, 2.5, -0.4, -0.5, -1.5, -2.5, 3.0, -3.0, 1e10 + 0.5 };
	int i;

	for (i = 0; i < 13; i++)
		printf("%13.2f: trunc %lld floor %.0f ceil %.0f round %.0f\n", v[i], (long long)v[i],
		       my_floor(v[i]), my_ceil(v[i]), my_round(v[i]));
	/* constants: the compiler folds these conversions itself */
	printf("%d %d %d %lld %d\n", (int)2.999999, (int)-2.999999, (int)(0.1 + 0.2 == 0.3),
	       (long long)-1e15, (short)-3.75);
	return (int)my_round(4.5);
}
