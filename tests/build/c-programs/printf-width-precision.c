/* Field widths and precisions given in the format and through '*' arguments (a negative width
 * means left-justify; a negative precision means none), for integers, strings and doubles. */
#include <stdio.h>

int main(void)
{
	int w, p;

	for (w = 0; w <= 8; w += 4)
		printf("[%*d] [%-*d] [%*s]\n", w, 42, w, 42, w, "ab");
	for (p = 0; p <= 5; p++)
		printf("[%.*d] [%.*s] [%.*f]\n", p, 7, p, "kernel", p, 3.14159);
	printf("[%*d] [%.*d]\n", -6, 5, -1, 5);
	printf("[%8.3d] [%-8.3d] [%08.3d]\n", 5, -5, 5);
	printf("[%10.4s] [%-10.2s] [%.0s]\n", "abcdefg", "xyz", "gone");
	printf("[%12.5e] [%-12.1f] [%012.3f]\n", 12345.678, -2.25, -3.5);
	printf("[%.0d] [%5.0d] [%-3.0d]\n", 0, 0, 0);
	return 0;
}
