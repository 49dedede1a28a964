/* Inline asm with register, input/output and matching constraints. */
#include <stdio.h>

static int add(int a, int b)
{
	int r;
	__asm__("movl %1, %0\n\taddl %2, %0" : "=&r"(r) : "r"(a), "r"(b));
	return r;
}

static int inc_in_place(int v)
{
	__asm__("incl %0" : "+r"(v));
	return v;
}

static unsigned matching(unsigned x)
{
	__asm__("shll $3, %0" : "=r"(x) : "0"(x));
	return x;
}

int main(void)
{
	printf("%d %d %u\n", add(40, 2), inc_in_place(-1), matching(5));
	return add(3, 4);
}
