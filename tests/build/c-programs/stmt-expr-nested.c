/* Statement expressions nested and used as function arguments. */
#include <stdio.h>

#define SQUARE(x) ({ long _v = (x); _v * _v; })
#define CLAMP(x, lo, hi) ({ long _x = (x); _x < (lo) ? (lo) : _x > (hi) ? (hi) : _x; })

int main(void)
{
	long a = SQUARE(SQUARE(3));
	long b = CLAMP(SQUARE(20), 0, 255);
	long c = CLAMP(-SQUARE(2), -3, 3);
	printf("%ld %ld %ld\n", a, b, c);
	printf("%ld\n", ({ long acc = 1; int i; for (i = 0; i < 5; i++) acc = acc * 2 + ({ i % 2; }); acc; }));
	return (int)(a & 0x7f);
}
