/* A function written in a top-level asm block, called from C. */
#include <stdio.h>

__asm__(".text\n"
	".globl triple_plus_one\n"
	"triple_plus_one:\n"
	"\tmovl 4(%esp), %eax\n"
	"\tleal 1(%eax,%eax,2), %eax\n"
	"\tret\n");

int triple_plus_one(int);

static int loop_sum(int n)
{
	int s;
	__asm__("xorl %0, %0\n"
		"1:\taddl %1, %0\n\t"
		"decl %1\n\t"
		"jnz 1b"
		: "=&r"(s), "+r"(n));
	return s;
}

int main(void)
{
	printf("%d %d\n", triple_plus_one(13), loop_sum(10));
	return triple_plus_one(2);
}
