/* Initialising a union sets its first member, or the designated one. */
#include <stdio.h>

union num { int i; char c[4]; };

int main(void)
{
	union num a = { 0x41424344 };
	union num b = { .c = { 'w', 'x', 'y', 'z' } };
	printf("%c%c%c%c\n", a.c[0], a.c[1], a.c[2], a.c[3]);
	printf("%08x\n", b.i);
	return a.c[0];
}
