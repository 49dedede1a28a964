/* The usual arithmetic conversions with 64-bit types: long long absorbs unsigned int (every
 * value fits), while unsigned long long turns a negative long long into a huge number. */
#include <stdio.h>

int main(void)
{
	unsigned int u = 4000000000u;
	long long ll = -5;
	unsigned long long ull = 10;
	unsigned long ul = 3000000000ul;
	long l = -2;

	printf("u + ll = %lld (sizeof %d)\n", u + ll, (int)sizeof(u + ll));
	printf("ll < u: %d\n", ll < u);
	printf("ll < ull: %d\n", ll < ull);
	printf("ll + ull = %llu\n", ll + ull);
	printf("ul + l = %lu (unsigned long wins over long)\n", ul + l);
	printf("l < ul: %d\n", l < ul);
	printf("(long long)l < ul: %d\n", (long long)l < ul);
	printf("u * 2LL = %lld, u * 2u = %u\n", u * 2LL, u * 2u);
	printf("-1 > 0u: %d, -1LL > 0u: %d\n", -1 > 0u, -1LL > 0u);
	return ll < u;
}
