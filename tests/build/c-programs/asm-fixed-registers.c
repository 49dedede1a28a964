/* Constraints naming registers ("a", "b", "c", "d", "S", "D"), as a syscall stub uses them. */
#include <stdio.h>

static int mix(int a, int b, int c, int d)
{
	int out;
	__asm__("addl %%ebx, %%eax\n\t"
		"imull %%ecx, %%eax\n\t"
		"subl %%edx, %%eax"
		: "=a"(out)
		: "a"(a), "b"(b), "c"(c), "d"(d));
	return out;
}

static unsigned long long rdtsc_like(unsigned lo, unsigned hi)
{
	unsigned long long v;
	__asm__("" : "=A"(v) : "a"(lo), "d"(hi));
	return v;
}

static int copy_si_di(int x)
{
	int y;
	__asm__("movl %%esi, %%edi" : "=D"(y) : "S"(x));
	return y;
}

int main(void)
{
	printf("%d\n", mix(2, 3, 4, 5));
	printf("%llx\n", rdtsc_like(0x89abcdef, 0x1234567));
	printf("%d\n", copy_si_di(77));
	return mix(1, 1, 1, 1);
}
