/* Structs returned by the C library (div_t, ldiv_t, lldiv_t): the i386 struct-return ABI. */
#include <stdio.h>
#include <stdlib.h>

int main(void)
{
	div_t a = div(17, 5);
	div_t b = div(-17, 5);
	ldiv_t c = ldiv(1000000007L, 97L);
	lldiv_t d = lldiv(-123456789012345LL, 1000LL);
	printf("%d %d %d %d\n", a.quot, a.rem, b.quot, b.rem);
	printf("%ld %ld\n", c.quot, c.rem);
	printf("%lld %lld\n", d.quot, d.rem);
	printf("%d %ld %lld\n", abs(-5), labs(-6L), llabs(-7LL));
	return a.quot + a.rem;
}
