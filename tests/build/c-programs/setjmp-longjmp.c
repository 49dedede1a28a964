/* setjmp/longjmp from the C library: error recovery across calls. */
#include <stdio.h>
#include <setjmp.h>

static jmp_buf env;
static int depth;

static void dive(int n)
{
	depth = n;
	if (n == 5)
		longjmp(env, n * 10);
	dive(n + 1);
}

int main(void)
{
	volatile int tries = 0;
	int r = setjmp(env);
	tries++;
	printf("setjmp returned %d (try %d)\n", r, tries);
	if (r == 0)
		dive(0);
	printf("depth %d\n", depth);
	return r;
}
