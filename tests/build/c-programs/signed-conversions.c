/* Narrowing conversions keep the low bits (GCC's documented behaviour). */
#include <stdio.h>

int main(void)
{
	int big = 0x12345678;
	long long huge = 0x123456789abcdefLL;
	short s = (short)big;
	signed char c = (signed char)big;
	unsigned char uc = (unsigned char)big;
	int from_ll = (int)huge;
	unsigned u = (unsigned)-5;
	printf("%d %d %d %d\n", s, c, uc, from_ll);
	printf("%u %d\n", u, (int)u);
	printf("%d\n", (short)40000);
	printf("%d\n", (signed char)200);
	printf("%lld\n", (long long)(int)0x80000000u);
	return uc;
}
