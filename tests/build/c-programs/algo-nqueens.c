/* Counting N-queens solutions by backtracking with column and diagonal masks, N = 1..9, and
 * printing the first solution for N = 6. */
#include <stdio.h>

static int first[12], have_first;

static int solve(int n, int row, unsigned cols, unsigned d1, unsigned d2, int *pos)
{
	int c, count = 0;
	if (row == n) {
		if (!have_first && n == 6) {
			for (c = 0; c < n; c++)
				first[c] = pos[c];
			have_first = 1;
		}
		return 1;
	}
	for (c = 0; c < n; c++) {
		unsigned a = 1u << c, b = 1u << (row + c), e = 1u << (row - c + n);
		if ((cols & a) || (d1 & b) || (d2 & e))
			continue;
		pos[row] = c;
		count += solve(n, row + 1, cols | a, d1 | b, d2 | e, pos);
	}
	return count;
}

int main(void)
{
	int n, pos[12], r, c, total = 0;

	for (n = 1; n <= 9; n++) {
		int s = solve(n, 0, 0, 0, 0, pos);
		total += s;
		printf("%d queens: %d\n", n, s);
	}
	for (r = 0; r < 6; r++) {
		for (c = 0; c < 6; c++)
			putchar(first[r] == c ? 'Q' : '.');
		putchar('\n');
	}
	return total & 0x7f;
}
