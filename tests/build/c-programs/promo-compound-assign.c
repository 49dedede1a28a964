/* Compound assignment computes in the promoted type, then converts back. */
#include <stdio.h>

int main(void)
{
	unsigned char uc = 250;
	signed char sc = 120;
	short s = 32000;
	unsigned short us = 65000;
	int i;
	uc += 10;
	sc += 10;
	s += 1000;
	us *= 3;
	printf("%d %d %d %d\n", uc, sc, s, us);
	uc = 7;
	uc -= 9;
	printf("%d\n", uc);
	i = 100;
	i /= 7;
	i %= 5;
	i <<= 4;
	i >>= 1;
	i |= 1;
	i ^= 0x30;
	i &= 0x3f;
	printf("%d\n", i);
	return i;
}
