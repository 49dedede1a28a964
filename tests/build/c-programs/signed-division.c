/* C99: integer division truncates toward zero; % has the sign of the dividend. */
#include <stdio.h>

int main(void)
{
	int v[] = { 7, -7, 13, -13, 1, -1, 100 };
	int d[] = { 2, -2, 3, -3, 5 };
	int i, j, s = 0;
	for (i = 0; i < 7; i++) {
		for (j = 0; j < 5; j++) {
			printf("%d/%d=%d r%d ", v[i], d[j], v[i] / d[j], v[i] % d[j]);
			s += v[i] / d[j] + v[i] % d[j];
		}
		printf("\n");
	}
	printf("%d\n", s);
	return s & 0xff;
}
