/* GNU's x ?: y, "x if it is true, else y", which evaluates x only once (unlike x ? x : y). */
#include <stdio.h>

static int calls;

static int next_value(void)
{
	static int v[] = { 0, 7, 0, 3 };
	return v[calls++ % 4];
}

static const char *or_default(const char *s)
{
	return s ?: "(default)";
}

int main(void)
{
	int a = 0, b = 5, r;

	printf("%d %d %d\n", a ?: 9, b ?: 9, (a - a) ?: (b * 2));
	printf("%s %s\n", or_default("given"), or_default(NULL));
	calls = 0;
	r = next_value() ?: -1;
	printf("r %d calls %d\n", r, calls);
	r = next_value() ?: -1;
	printf("r %d calls %d\n", r, calls);
	r = next_value() ? next_value() : -1;     /* the plain form calls twice when true */
	printf("r %d calls %d\n", r, calls);
	return calls;
}
