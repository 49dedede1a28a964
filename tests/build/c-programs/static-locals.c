/* static locals keep their value between calls; each function has its own. */
#include <stdio.h>

static int counter(void)
{
	static int n;
	return ++n;
}

static int other(void)
{
	static int n = 100;
	return n--;
}

int main(void)
{
	int i, s = 0;
	for (i = 0; i < 5; i++)
		s += counter() * other();
	printf("%d %d %d\n", counter(), other(), s);
	return s & 0xff;
}
