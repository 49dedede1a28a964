/* && and || evaluate left to right and stop early. */
#include <stdio.h>

static int calls;

static int t(int v)
{
	calls = calls * 10 + v;
	return v;
}

int main(void)
{
	int r;
	r = t(0) && t(1);
	printf("%d %d\n", r, calls);
	calls = 0;
	r = t(1) || t(2);
	printf("%d %d\n", r, calls);
	calls = 0;
	r = (t(1) && t(2)) || t(3);
	printf("%d %d\n", r, calls);
	calls = 0;
	r = !t(0) && !t(4);
	printf("%d %d\n", r, calls);
	return calls;
}
