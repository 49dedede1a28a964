/* ++ and -- on narrow types wrap in the narrow type. */
#include <stdio.h>

int main(void)
{
	unsigned char a = 255;
	signed char b = -128;
	unsigned short c = 0;
	int x = 5, y;
	a++;
	b--;
	c--;
	printf("%d %d %d\n", a, b, c);
	y = x++;
	y += ++x;
	printf("%d %d\n", x, y);
	y = x--;
	y -= --x;
	printf("%d %d\n", x, y);
	return a + c % 7;
}
