/* Recursive flood fill counting connected regions on a character grid, and the largest
 * region's size. */
#include <stdio.h>

#define H 8
#define W 16

static char grid[H][W + 1] = {
	"##..###...#.....", "#...#.#...##....", "..###.#....#.###", "......##.....#.#",
	".####........###", ".#..#..######...", ".####..#....#..#", ".......######..#",
};

static int fill(int r, int c, char mark)
{
	if (r < 0 || r >= H || c < 0 || c >= W || grid[r][c] != '#')
		return 0;
	grid[r][c] = mark;
	return 1 + fill(r + 1, c, mark) + fill(r - 1, c, mark) + fill(r, c + 1, mark) +
	       fill(r, c - 1, mark);
}

int main(void)
{
	int r, c, regions = 0, largest = 0;

	for (r = 0; r < H; r++)
		for (c = 0; c < W; c++)
			if (grid[r][c] == '#') {
				int n = fill(r, c, (char)('a' + regions));
				printf("region %c: %d cells\n", 'a' + regions, n);
				if (n > largest)
					largest = n;
				regions++;
			}
	for (r = 0; r < H; r++)
		printf("%s\n", grid[r]);
	printf("%d regions, largest %d\n", regions, largest);
	return regions;
}
