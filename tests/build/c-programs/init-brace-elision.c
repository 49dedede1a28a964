/* Brace elision: nested aggregates initialized from a flat list fill members in order, and a
 * partially braced list mixes both styles. */
#include <stdio.h>

struct pair { int a, b; };
struct block { struct pair p[2]; int tail[3]; };

int main(void)
{
	int grid[3][3] = { 1, 2, 3, 4, 5, 6, 7 };
	int mixed[3][3] = { { 1 }, 8, 9, 7, { 10, 11 } };
	struct pair pairs[3] = { 1, 2, 3, 4, 5 };
	struct block blk = { 1, 2, 3, 4, 5, 6 };
	int i, j;

	for (i = 0; i < 3; i++) {
		for (j = 0; j < 3; j++)
			printf("%d/%d ", grid[i][j], mixed[i][j]);
		printf("\n");
	}
	for (i = 0; i < 3; i++)
		printf("(%d,%d) ", pairs[i].a, pairs[i].b);
	printf("\n");
	printf("blk %d %d %d %d | %d %d %d\n", blk.p[0].a, blk.p[0].b, blk.p[1].a, blk.p[1].b,
	       blk.tail[0], blk.tail[1], blk.tail[2]);
	return mixed[1][0];
}
