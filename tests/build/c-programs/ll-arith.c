/* long long arithmetic across the 32-bit boundary. */
#include <stdio.h>

int main(void)
{
	long long a = 0x7fffffffLL, b = 3;
	unsigned long long u = 0xffffffffULL;
	long long f = 1;
	int i;
	printf("%lld %lld %lld\n", a + 1, a * b, (a + 1) * (a + 1));
	printf("%llu %llu\n", u + 1, u * u);
	printf("%lld %lld\n", -a * 5 / 7, -a * 5 % 7);
	for (i = 1; i <= 20; i++)
		f *= i;
	printf("20! = %lld\n", f);
	printf("%lld\n", f / 1000003 + f % 1000003);
	return (int)(f % 251);
}
