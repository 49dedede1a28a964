/* Converting between floating and integer types truncates toward zero. */
#include <stdio.h>

int main(void)
{
	double v[] = { 2.9, -2.9, 0.5, -0.5, 1e9, -1e9, 2147483647.0, 4294967295.0 };
	int i;
	for (i = 0; i < 8; i++) {
		double x = v[i];
		printf("%.1f -> %lld", x, (long long)x);
		if (x >= 0)
			printf(" %u", (unsigned)x);
		if (x > -2147483648.0 && x < 2147483648.0)
			printf(" %d", (int)x);
		printf("\n");
	}
	printf("%.1f %.1f\n", (double)2147483647, (double)4294967295u);
	printf("%.1f\n", (float)16777217);
	return (int)v[0];
}
