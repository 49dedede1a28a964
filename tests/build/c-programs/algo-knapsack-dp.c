/* 0/1 knapsack by dynamic programming over capacities, with the chosen items recovered from
 * the table, for several capacities. */
#include <stdio.h>

#define ITEMS 6
#define MAXCAP 20

static const int weight[ITEMS] = { 3, 4, 5, 9, 4, 2 };
static const int value[ITEMS] = { 3, 5, 6, 10, 4, 1 };

int main(void)
{
	static int best[ITEMS + 1][MAXCAP + 1];
	int i, c, cap;

	for (i = 1; i <= ITEMS; i++)
		for (c = 0; c <= MAXCAP; c++) {
			best[i][c] = best[i - 1][c];
			if (weight[i - 1] <= c && best[i - 1][c - weight[i - 1]] + value[i - 1] > best[i][c])
				best[i][c] = best[i - 1][c - weight[i - 1]] + value[i - 1];
		}
	for (cap = 0; cap <= MAXCAP; cap += 4) {
		printf("cap %2d: value %2d items", cap, best[ITEMS][cap]);
		for (c = cap, i = ITEMS; i > 0; i--)
			if (best[i][c] != best[i - 1][c]) {
				printf(" %d", i - 1);
				c -= weight[i - 1];
			}
		printf("\n");
	}
	return best[ITEMS][MAXCAP];
}
