/* setjmp.h: jumping back, values, nesting, and locals that survive. */
#include <setjmp.h>
#include "check.h"

static jmp_buf env, outer;
static int depth;

static void dive(int n)
{
	if (n == 0)
		longjmp(env, 42);
	depth++;
	dive(n - 1);
}

static void zero(void)
{
	longjmp(env, 0);
}

int main(void)
{
	volatile int count = 0;
	int r;

	r = setjmp(env);
	CASE("setjmp first", "%d", r == 0 ? 0 : -1);
	r = setjmp(env);
	if (r == 0)
		dive(100);
	CASE("longjmp value", "%d depth=%d", r, depth);
	r = setjmp(env);
	if (r == 0)
		zero();
	CASE("longjmp 0 becomes 1", "%d", r);
	r = setjmp(env);
	count++;
	if (count < 5)
		longjmp(env, count);
	CASE("loop by longjmp", "%d %d", r, count);
	if ((r = setjmp(outer)) == 0) {
		if ((r = setjmp(env)) == 0)
			longjmp(outer, 7);
		CASE("nested inner", "%d", -1);
	}
	CASE("nested outer", "%d", r);
	return 0;
}
