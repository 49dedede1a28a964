/* Reading EFLAGS with pushfl/popl right after an instruction: the carry, zero, sign and
 * overflow bits for additions and subtractions at the edges of the 32-bit range. */
#include <stdio.h>

#define CF 0x001
#define ZF 0x040
#define SF 0x080
#define OF 0x800

static unsigned flags_after_add(unsigned a, unsigned b)
{
	unsigned f;
	__asm__("addl %2, %1\n\tpushfl\n\tpopl %0" : "=r"(f), "+r"(a) : "r"(b) : "cc");
	return f & (CF | ZF | SF | OF);
}

static unsigned flags_after_sub(unsigned a, unsigned b)
{
	unsigned f;
	__asm__("subl %2, %1\n\tpushfl\n\tpopl %0" : "=r"(f), "+r"(a) : "r"(b) : "cc");
	return f & (CF | ZF | SF | OF);
}

static void show(const char *what, unsigned f)
{
	printf("%-22s %s%s%s%s\n", what, f & CF ? "C" : "-", f & ZF ? "Z" : "-", f & SF ? "S" : "-",
	       f & OF ? "O" : "-");
}

int main(void)
{
	show("1 + 1", flags_after_add(1, 1));
	show("0xffffffff + 1", flags_after_add(0xffffffffu, 1));
	show("0x7fffffff + 1", flags_after_add(0x7fffffffu, 1));
	show("0x80000000 + 0x80000000", flags_after_add(0x80000000u, 0x80000000u));
	show("5 - 5", flags_after_sub(5, 5));
	show("0 - 1", flags_after_sub(0, 1));
	show("0x80000000 - 1", flags_after_sub(0x80000000u, 1));
	return (int)(flags_after_add(0xffffffffu, 1) & CF);
}
