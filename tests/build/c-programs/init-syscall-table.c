/* A table of function pointers indexed by number, like sys_call_table, with a fallback entry. */
#include <stdio.h>

typedef long (*sys_fn)(long, long);

static long sys_ni(long a, long b) { (void)a; (void)b; return -38; }
static long sys_add(long a, long b) { return a + b; }
static long sys_mul(long a, long b) { return a * b; }
static long sys_neg(long a, long b) { (void)b; return -a; }

#define NR 6
static sys_fn table[NR] = {
	[0 ... NR - 1] = sys_ni,
	[1] = sys_add,
	[2] = sys_mul,
	[4] = sys_neg,
};

static long dispatch(unsigned nr, long a, long b)
{
	if (nr >= NR)
		return -38;
	return table[nr](a, b);
}

int main(void)
{
	unsigned nr;
	for (nr = 0; nr < NR + 2; nr++)
		printf("%u -> %ld\n", nr, dispatch(nr, 6, 7));
	return (int)dispatch(2, 3, 4);
}
