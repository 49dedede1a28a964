/* printf's flag characters on integers: '+', ' ', '-', '0' and '#', alone and combined, on
 * positive, negative and zero values in decimal, octal and hexadecimal. */
#include <stdio.h>

int main(void)
{
	int v[] = { 0, 1, -1, 255, -4096, 2147483647 };
	int i;

	for (i = 0; i < 6; i++) {
		int x = v[i];
		printf("%d: [%+d] [% d] [%-6d] [%06d] [%+06d] [%- 6d]\n", x, x, x, x, x, x, x);
		printf("   [%x] [%#x] [%#X] [%#o] [%o] [%#10x] [%-#10x] [%#010x]\n", (unsigned)x,
		       (unsigned)x, (unsigned)x, (unsigned)x, (unsigned)x, (unsigned)x, (unsigned)x,
		       (unsigned)x);
	}
	printf("[%u] [%+u] [%5u]\n", 3000000000u, 7u, 9u);
	printf("[%#.3o] [%#.0o] [%#.5x]\n", 8u, 0u, 255u);
	printf("[%%] [%5%] [%c%c]\n", 'o', 'k');
	return 0;
}
