/* typeof of expressions follows the usual conversions. */
#include <stdio.h>

int main(void)
{
	char c = 1;
	short s = 2;
	unsigned u = 3;
	long long ll = 4;
	printf("%d %d %d %d\n", (int)sizeof(typeof(c + c)), (int)sizeof(typeof(s * s)), (int)sizeof(typeof(u + ll)), (int)sizeof(typeof(c ? u : ll)));
	typeof(u - 4) wrapped = u - 4;
	typeof(ll * 2) big = ll << 40;
	printf("%u %lld\n", wrapped, big);
	return (int)sizeof(typeof(1.0f * 2));
}
