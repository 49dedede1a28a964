/* A function returning a function pointer, and typedefs for them. */
#include <stdio.h>

typedef int (*unary)(int);

static int twice(int x) { return 2 * x; }
static int square(int x) { return x * x; }
static int negate(int x) { return -x; }

static unary choose(char c)
{
	switch (c) {
	case 'd': return twice;
	case 's': return square;
	default: return negate;
	}
}

static int (*raw_choose(int n))(int)
{
	return n ? square : twice;
}

int main(void)
{
	const char *prog = "dsnd";
	int v = 3, i;
	for (i = 0; prog[i]; i++) {
		v = choose(prog[i])(v);
		printf("%c -> %d\n", prog[i], v);
	}
	printf("%d %d\n", raw_choose(1)(9), raw_choose(0)(9));
	printf("%d\n", choose('x') == negate);
	return v & 0xff;
}
