/* A loop written in inline asm with numeric local labels (1: ... jnz 1b, jmp 2f ... 2:), which
 * may appear in several asm statements and several copies of an inlined function. */
#include <stdio.h>

static int sum_to(int n)
{
	int sum = 0;
	__asm__("testl %1, %1\n\t"
	        "jz 2f\n"
	        "1:\n\t"
	        "addl %1, %0\n\t"
	        "decl %1\n\t"
	        "jnz 1b\n"
	        "2:"
	        : "+r"(sum), "+r"(n));
	return sum;
}

static int count_bits(unsigned x)
{
	int c = 0;
	__asm__("1:\n\t"
	        "testl %1, %1\n\t"
	        "jz 2f\n\t"
	        "leal -1(%1), %%edx\n\t"
	        "andl %%edx, %1\n\t"
	        "incl %0\n\t"
	        "jmp 1b\n"
	        "2:"
	        : "+r"(c), "+r"(x) : : "edx");
	return c;
}

int main(void)
{
	printf("%d %d %d\n", sum_to(0), sum_to(10), sum_to(100));
	printf("%d %d %d\n", count_bits(0), count_bits(0xff00ff), count_bits(0xffffffffu));
	return sum_to(5) + count_bits(7);
}
