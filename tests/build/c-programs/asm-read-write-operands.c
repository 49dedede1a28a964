/* Operand forms in inline asm: "+r" read-write, "0" tying an input to output 0, "&" early
 * clobber, "i" immediates, and a condition read back with setc after an add. */
#include <stdio.h>

static int add_in_place(int x, int y)
{
	__asm__("addl %1, %0" : "+r"(x) : "r"(y));
	return x;
}

static int times_ten(int x)
{
	int tmp;
	__asm__("movl %1, %0\n\t"
	        "shll $2, %0\n\t"
	        "addl %1, %0\n\t"
	        "addl %0, %0"
	        : "=&r"(tmp) : "r"(x));
	return tmp;
}

static unsigned add_carry(unsigned a, unsigned b, int *carry)
{
	unsigned char c;
	__asm__("addl %2, %0\n\tsetc %1" : "=r"(a), "=q"(c) : "r"(b), "0"(a));
	*carry = c;
	return a;
}

static int plus_const(int x)
{
	__asm__("addl %1, %0" : "=r"(x) : "i"(1000), "0"(x));
	return x;
}

int main(void)
{
	int carry;
	unsigned s;

	printf("%d %d %d\n", add_in_place(40, 2), times_ten(7), times_ten(-3));
	s = add_carry(0xfffffff0u, 0x20u, &carry);
	printf("%u carry %d\n", s, carry);
	s = add_carry(1u, 2u, &carry);
	printf("%u carry %d\n", s, carry);
	printf("%d\n", plus_const(-1));
	return times_ten(3);
}
