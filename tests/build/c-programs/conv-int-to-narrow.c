/* Storing ints into narrower types keeps the low bits (two's complement on i386), for signed
 * and unsigned destinations alike. */
#include <stdio.h>

int main(void)
{
	int values[] = { 0, 1, 127, 128, 255, 256, -1, -128, -129, 65535, 65536, 70000, -70000,
	                 0x12345678 };
	int i;

	for (i = 0; i < (int)(sizeof values / sizeof values[0]); i++) {
		int v = values[i];
		signed char sc = (signed char)v;
		unsigned char uc = (unsigned char)v;
		short s = (short)v;
		unsigned short us = (unsigned short)v;
		printf("%11d -> sc %4d uc %3u s %6d us %5u\n", v, sc, uc, s, us);
	}
	return 0;
}
