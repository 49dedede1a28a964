/* Globals: initialised, zero-initialised, const, arrays of pointers to them. */
#include <stdio.h>

int g_init = 42;
int g_zero;
const int g_const = -7;
static long g_static = 1000000L;
int *g_ptrs[] = { &g_init, &g_zero, (int *)0 };
const char *g_names[] = { "alpha", "beta", "gamma" };

int main(void)
{
	g_zero += g_init;
	*g_ptrs[0] *= 2;
	printf("%d %d %d %ld\n", g_init, g_zero, g_const, g_static);
	printf("%s %s %s %d\n", g_names[0], g_names[2], g_names[1] + 2, g_ptrs[2] == 0);
	return g_init + g_zero;
}
