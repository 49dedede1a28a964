/* Matrix multiplication with 2-D arrays. */
#include <stdio.h>

#define N 4

static void mul(int a[N][N], int b[N][N], int c[N][N])
{
	int i, j, k;
	for (i = 0; i < N; i++)
		for (j = 0; j < N; j++) {
			c[i][j] = 0;
			for (k = 0; k < N; k++)
				c[i][j] += a[i][k] * b[k][j];
		}
}

int main(void)
{
	int a[N][N], b[N][N], c[N][N], i, j, tr = 0;
	for (i = 0; i < N; i++)
		for (j = 0; j < N; j++) {
			a[i][j] = i + j;
			b[i][j] = i == j ? 2 : i - j;
		}
	mul(a, b, c);
	for (i = 0; i < N; i++) {
		for (j = 0; j < N; j++)
			printf("%4d", c[i][j]);
		printf("\n");
		tr += c[i][i];
	}
	return tr & 0xff;
}
