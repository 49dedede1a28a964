/* The type of ?: is the common type of its operands. */
#include <stdio.h>

int main(void)
{
	int c = 1;
	unsigned u = 5;
	int i = -1;
	long long r1 = c ? i : u;       /* unsigned: 4294967295 */
	long long r2 = c ? i : (long long)u;
	double r3 = c ? 1 : 2.5;        /* double 1.0 */
	printf("%lld %lld %.2f\n", r1, r2, r3);
	printf("%d %d\n", (int)sizeof(c ? 'a' : 'b'), (int)sizeof(c ? (char)1 : (short)2));
	return (int)(r2 + 10);
}
