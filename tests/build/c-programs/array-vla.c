/* Variable-length arrays (C99). */
#include <stdio.h>

/* tcc 0.9.27 does not accept VLA parameters (int m[n][n]); pass the rows as a pointer. */
static int trace(int n, const int *m)
{
	int i, t = 0;
	for (i = 0; i < n; i++)
		t += m[i * n + i];
	return t;
}

int main(void)
{
	int n, total = 0;
	for (n = 1; n <= 5; n++) {
		int m[n][n];
		int i, j;
		for (i = 0; i < n; i++)
			for (j = 0; j < n; j++)
				m[i][j] = i * n + j;
		printf("%d: trace %d size %d\n", n, trace(n, &m[0][0]), (int)sizeof m);
		total += trace(n, &m[0][0]);
	}
	return total;
}
