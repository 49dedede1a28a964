/* bsf/bsr/bswap/xchg through inline asm, checked against plain C. */
#include <stdio.h>

static int bsf(unsigned v) { int r; __asm__("bsfl %1, %0" : "=r"(r) : "rm"(v)); return r; }
static int bsr(unsigned v) { int r; __asm__("bsrl %1, %0" : "=r"(r) : "rm"(v)); return r; }
static unsigned bswap(unsigned v) { __asm__("bswap %0" : "+r"(v)); return v; }

static unsigned xchg(unsigned *p, unsigned v)
{
	__asm__ __volatile__("xchgl %0, %1" : "+r"(v), "+m"(*p) : : "memory");
	return v;
}

int main(void)
{
	unsigned vals[] = { 1, 0x80000000u, 0x00f0f000u, 0x12345678u, 6 };
	unsigned cell = 11;
	int i;
	for (i = 0; i < 5; i++)
		printf("%08x bsf %d bsr %d bswap %08x\n", vals[i], bsf(vals[i]), bsr(vals[i]), bswap(vals[i]));
	printf("%u ", xchg(&cell, 22));
	printf("%u\n", cell);
	return bsr(1000);
}
