/* Arrays of char arrays versus arrays of pointers. */
#include <stdio.h>
#include <string.h>

int main(void)
{
	char grid[3][6] = { "ab", "cdef", "ghijk" };
	const char *ptrs[] = { "ab", "cdef", "ghijk" };
	int i;
	for (i = 0; i < 3; i++)
		printf("%s %d %s %d\n", grid[i], (int)strlen(grid[i]), ptrs[i], (int)strlen(ptrs[i]));
	printf("%d %d\n", (int)sizeof grid, (int)sizeof ptrs);
	grid[1][0] = 'X';
	printf("%s %c\n", grid[1], grid[2][4]);
	return (int)sizeof grid;
}
