/* Comparing signed with unsigned converts the signed side. */
#include <stdio.h>

int main(void)
{
	int neg = -1;
	unsigned int one = 1;
	unsigned char uc = 1;
	unsigned short us = 1;
	long long ll = -1;
	printf("%d\n", neg < one);       /* 0: -1 becomes UINT_MAX */
	printf("%d\n", neg < uc);        /* 1: uc promotes to int */
	printf("%d\n", neg < us);        /* 1: us promotes to int */
	printf("%d\n", ll < one);        /* 1: one converts to long long */
	printf("%d\n", (unsigned)neg == 0xffffffffu);
	printf("%u\n", (unsigned)neg / 2);
	return (neg < one) + 2 * (neg < uc);
}
