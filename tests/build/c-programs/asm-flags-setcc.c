/* Reading the carry flag through setc; cmpxchg as a compare-and-swap. */
#include <stdio.h>

static int add_carries(unsigned a, unsigned b)
{
	unsigned char c;
	__asm__("addl %2, %1\n\tsetc %0" : "=q"(c), "+r"(a) : "r"(b) : "cc");
	return c;
}

static int cas(int *p, int old, int new)
{
	int prev;
	__asm__ __volatile__("lock; cmpxchgl %2, %1" : "=a"(prev), "+m"(*p) : "r"(new), "0"(old) : "memory", "cc");
	return prev;
}

int main(void)
{
	int v = 5;
	printf("%d %d %d\n", add_carries(1, 2), add_carries(0xffffffffu, 1), add_carries(0x80000000u, 0x80000000u));
	printf("%d ", cas(&v, 5, 9));
	printf("%d\n", v);
	printf("%d ", cas(&v, 5, 1));
	printf("%d\n", v);
	return v;
}
