/* Converting negative values to unsigned types adds 2^N: -1 becomes the all-ones value of each
 * width, and converting back recovers the value. */
#include <stdio.h>

int main(void)
{
	int negs[] = { -1, -2, -128, -32768, -2147483647 - 1 };
	int i;

	for (i = 0; i < 5; i++) {
		int n = negs[i];
		unsigned char uc = n;
		unsigned short us = n;
		unsigned int ui = n;
		unsigned long long ull = n;
		printf("%d: %u %u %u %llu back %d\n", n, uc, us, ui, ull, (int)ui);
	}
	printf("%llu\n", (unsigned long long)-1LL);
	printf("%u\n", (unsigned)(long long)-3);
	printf("%x %llx\n", -1, (unsigned long long)(unsigned)-1);
	return 0;
}
