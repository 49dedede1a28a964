/* Right shifts of negative signed values are arithmetic on i386 with gcc and tcc (the sign is
 * copied in); unsigned ones shift in zeros. Division rounds toward zero, shifting toward -inf. */
#include <stdio.h>

int main(void)
{
	int v[] = { -1, -2, -7, -8, -100, -2147483647 - 1, 7, 100 };
	int i, n;

	for (i = 0; i < 8; i++) {
		printf("%d:", v[i]);
		for (n = 0; n < 32; n += 5)
			printf(" %d", v[i] >> n);
		printf(" | u %u | /4 %d >>2 %d\n", (unsigned)v[i] >> 3, v[i] / 4, v[i] >> 2);
	}
	{
		signed char sc = -64;
		short sh = -1000;
		long long ll = -1000000000000LL;
		printf("sc>>3 %d sh>>4 %d ll>>20 %lld ll>>40 %lld\n", sc >> 3, sh >> 4, ll >> 20,
		       ll >> 40);
	}
	return 0;
}
