/* Summing series in float and double. */
#include <stdio.h>

int main(void)
{
	float fs = 0;
	double ds = 0, harm = 0;
	int i;
	for (i = 1; i <= 1000; i++) {
		fs += 0.001f;
		ds += 0.001;
		harm += 1.0 / i;
	}
	printf("%.7g %.15g %.12f\n", fs, ds, harm);
	return (int)harm;
}
