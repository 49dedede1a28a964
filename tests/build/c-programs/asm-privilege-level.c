/* A user program runs in ring 3: the low two bits of %cs (its requested privilege level) are 3,
 * and so are those of the data segment selectors. The lesson's kernel crosses to ring 0 and back. */
#include <stdio.h>

int main(void)
{
	unsigned short cs, ds, ss;

	__asm__("movw %%cs, %0" : "=r"(cs));
	__asm__("movw %%ds, %0" : "=r"(ds));
	__asm__("movw %%ss, %0" : "=r"(ss));
	printf("cs rpl %d, ds rpl %d, ss rpl %d\n", cs & 3, ds & 3, ss & 3);
	printf("cs from the GDT: %d, ds from the GDT: %d\n", !(cs & 4), !(ds & 4));
	return cs & 3;
}
