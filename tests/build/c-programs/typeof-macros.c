/* typeof for generic swap and for declaring matching variables. */
#include <stdio.h>

#define SWAP(a, b) do { typeof(a) _t = (a); (a) = (b); (b) = _t; } while (0)

int main(void)
{
	int x = 1, y = 2;
	double p = 1.5, q = -2.5;
	char *s = "left", *t = "right";
	typeof(x) arr[3] = { 7, 8, 9 };
	typeof(&arr[0]) ptr = arr + 1;
	typeof(unsigned char) small = 300 & 0xff;
	SWAP(x, y);
	SWAP(p, q);
	SWAP(s, t);
	printf("%d %d %.1f %.1f %s %s\n", x, y, p, q, s, t);
	printf("%d %d %d\n", *ptr, (int)sizeof(typeof(arr)), small);
	return x * 10 + y;
}
