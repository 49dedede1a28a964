/* "m" and "i"/"N" constraints, and a memory clobber. */
#include <stdio.h>

static int counter;

static void bump(void)
{
	__asm__ __volatile__("addl %1, %0" : "+m"(counter) : "i"(5) : "memory");
}

static unsigned char port_like(unsigned char v)
{
	unsigned char r;
	__asm__("movb %1, %0\n\txorb %2, %0" : "=q"(r) : "q"(v), "N"(0x5a));
	return r;
}

int main(void)
{
	int i;
	for (i = 0; i < 7; i++)
		bump();
	printf("%d %02x\n", counter, port_like(0xff));
	return counter;
}
