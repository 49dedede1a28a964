/* Pointers to arrays walk a 2-D array by rows; a pointer to int walks it flat; both index the
 * same elements, and a function takes the row pointer with its width in the type. */
#include <stdio.h>

#define ROWS 4
#define COLS 5

static int row_sum(const int (*row)[COLS])
{
	int j, s = 0;
	for (j = 0; j < COLS; j++)
		s += (*row)[j];
	return s;
}

static int trace(int (*m)[COLS], int n)
{
	int i, t = 0;
	for (i = 0; i < n; i++)
		t += m[i][i];
	return t;
}

int main(void)
{
	int m[ROWS][COLS];
	int (*row)[COLS];
	int *flat = &m[0][0];
	int i, j;

	for (i = 0; i < ROWS * COLS; i++)
		flat[i] = i * 3 - 10;
	for (row = m; row < m + ROWS; row++)
		printf("row %d sum %d first %d\n", (int)(row - m), row_sum((const int (*)[COLS])row), **row);
	printf("m[2][3] %d flat[13] %d *(*(m+2)+3) %d\n", m[2][3], flat[2 * COLS + 3], *(*(m + 2) + 3));
	printf("trace %d\n", trace(m, ROWS));
	for (j = 0; j < COLS; j++) {
		int s = 0;
		for (i = 0; i < ROWS; i++)
			s += m[i][j];
		printf("%d%c", s, j == COLS - 1 ? '\n' : ' ');
	}
	return trace(m, 2) & 0x7f;
}
