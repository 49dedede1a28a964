/* long double (x87 extended) constants and arithmetic. */
#include <stdio.h>

int main(void)
{
	long double pi = 3.14159265358979323846264338327950288L;
	long double third = 1.0L / 3.0L;
	long double big = 1e4000L;
	long double x = 2.0L;
	int i;
	for (i = 0; i < 70; i++)
		x *= 2.0L;
	printf("%.20Lf\n", pi);
	printf("%.21Lg\n", third);
	printf("%Lg\n", big);
	printf("%.0Lf\n", x);
	printf("%d\n", (int)sizeof(long double));
	return (int)(pi * 10);
}
