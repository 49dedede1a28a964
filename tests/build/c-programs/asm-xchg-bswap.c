/* Instructions through inline asm: xchg swaps two registers, bswap reverses bytes, and a
 * memory operand is exchanged atomically with xchg (the kernel's xchg()). */
#include <stdio.h>

static unsigned bswap32(unsigned x)
{
	__asm__("bswap %0" : "=r"(x) : "0"(x));
	return x;
}

static void swap_regs(int *a, int *b)
{
	int x = *a, y = *b;
	__asm__("xchgl %0, %1" : "=r"(x), "=r"(y) : "0"(x), "1"(y));
	*a = x;
	*b = y;
}

static int xchg_mem(int *p, int v)
{
	__asm__ __volatile__("xchgl %0, %1" : "=r"(v), "=m"(*p) : "0"(v), "m"(*p) : "memory");
	return v;
}

int main(void)
{
	int a = 1, b = 2, lock = 0, old;

	printf("%08x %08x\n", bswap32(0x11223344), bswap32(bswap32(0xcafef00d)));
	swap_regs(&a, &b);
	printf("a %d b %d\n", a, b);
	old = xchg_mem(&lock, 1);
	printf("old %d lock %d\n", old, lock);
	old = xchg_mem(&lock, 5);
	printf("old %d lock %d\n", old, lock);
	return lock;
}
