/* Floating to integer conversion truncates toward zero; to unsigned for values in range; and
 * integer to floating rounds to nearest for values past 2^24 (float) or 2^53 (double). */
#include <stdio.h>

int main(void)
{
	double d[] = { 0.0, 0.9, -0.9, 1.5, -1.5, 2.5, 1e9, -2147483648.0, 4294967295.0, 123.999 };
	long long big[] = { 16777217LL, 16777219LL, 9007199254740993LL, -9007199254740993LL };
	int i;

	for (i = 0; i < 10; i++) {
		long long t = (long long)d[i];
		printf("%.3f -> %lld", d[i], t);
		if (d[i] >= 0)
			printf(" u %u", (unsigned)d[i]);
		if (d[i] > -2147483649.0 && d[i] < 2147483648.0)
			printf(" i %d", (int)d[i]);
		printf("\n");
	}
	for (i = 0; i < 4; i++) {
		float f = (float)big[i];
		double g = (double)big[i];
		printf("%lld -> float %.1f double %.1f\n", big[i], (double)f, g);
	}
	return 0;
}
