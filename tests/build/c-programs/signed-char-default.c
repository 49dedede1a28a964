/* On i386 Linux plain char is signed. */
#include <stdio.h>

int main(void)
{
	char c = (char)0xff;
	char d = 'A';
	int as_int = c;
	printf("%d %d\n", as_int, c < 0);
	printf("%d\n", (unsigned char)c);
	printf("%d %c\n", d + 1, d + 1);
	printf("%d\n", "\xff"[0]);
	return c == -1 ? 3 : 4;
}
