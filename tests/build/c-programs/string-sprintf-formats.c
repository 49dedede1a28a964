/* printf format handling: widths, precisions, flags, lengths. */
#include <stdio.h>

int main(void)
{
	char buf[128];
	int n;
	n = sprintf(buf, "[%5d|%-5d|%05d|%+d|% d]", 42, 42, 42, 42, 42);
	printf("%s %d\n", buf, n);
	printf("[%x|%X|%#x|%o|%#o]\n", 255, 255, 255, 8, 8);
	printf("[%.3s|%10.2s|%-6s]\n", "abcdef", "xyz", "ok");
	printf("[%hhd|%hd|%ld|%lld|%llu]\n", (signed char)-1, (short)-2, -3L, -4LL, 5ULL);
	printf("[%c|%%|%5.1f|%-8.3e|%g]\n", 'Z', 2.25, 12345.678, 0.0001);
	printf("[%*d|%-*d|%.*f]\n", 6, 1, 4, 2, 2, 3.14159);
	return n;
}
