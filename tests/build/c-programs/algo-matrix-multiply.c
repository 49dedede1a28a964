/* Integer matrix product, transpose and power by repeated squaring (Fibonacci numbers from
 * [[1,1],[1,0]]^n), with 64-bit entries. */
#include <stdio.h>
#include <string.h>

#define N 3

typedef long long mat[N][N];

static void mul(mat r, mat a, mat b)
{
	mat t;
	int i, j, k;
	for (i = 0; i < N; i++)
		for (j = 0; j < N; j++) {
			t[i][j] = 0;
			for (k = 0; k < N; k++)
				t[i][j] += a[i][k] * b[k][j];
		}
	memcpy(r, t, sizeof t);
}

static void print(const char *tag, mat m)
{
	int i, j;
	printf("%s:\n", tag);
	for (i = 0; i < N; i++) {
		for (j = 0; j < N; j++)
			printf(" %6lld", m[i][j]);
		printf("\n");
	}
}

static long long fib(int n)
{
	long long r[2][2] = { { 1, 0 }, { 0, 1 } }, b[2][2] = { { 1, 1 }, { 1, 0 } }, t[2][2];
	int i, j, k;
	while (n > 0) {
		if (n & 1) {
			for (i = 0; i < 2; i++) for (j = 0; j < 2; j++)
				for (t[i][j] = 0, k = 0; k < 2; k++) t[i][j] += r[i][k] * b[k][j];
			memcpy(r, t, sizeof t);
		}
		for (i = 0; i < 2; i++) for (j = 0; j < 2; j++)
			for (t[i][j] = 0, k = 0; k < 2; k++) t[i][j] += b[i][k] * b[k][j];
		memcpy(b, t, sizeof t);
		n >>= 1;
	}
	return r[0][1];
}

int main(void)
{
	mat a = { { 1, 2, 3 }, { 4, 5, 6 }, { 7, 8, 10 } }, b, c;
	int i, j;

	for (i = 0; i < N; i++)
		for (j = 0; j < N; j++)
			b[i][j] = a[j][i];
	print("a", a);
	print("transpose", b);
	mul(c, a, b);
	print("a * aT", c);
	mul(c, c, a);
	print("a * aT * a", c);
	printf("fib 10 %lld, 50 %lld, 90 %lld\n", fib(10), fib(50), fib(90));
	return (int)(fib(20) % 100);
}
