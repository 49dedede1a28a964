/* const on the pointee and on the pointer itself. */
#include <stdio.h>

static int sum(const int *p, int n)
{
	int s = 0;
	while (n--)
		s += *p++;
	return s;
}

int main(void)
{
	int v[] = { 3, 1, 4, 1, 5, 9, 2, 6 };
	int *const fixed = v + 2;
	const int *moving = v;
	*fixed = 40;
	moving += 5;
	printf("%d %d %d\n", sum(v, 8), *fixed, *moving);
	return sum(moving, 3);
}
