/* __builtin_expect as likely()/unlikely() does not change results. */
#include <stdio.h>

#define likely(x) __builtin_expect(!!(x), 1)
#define unlikely(x) __builtin_expect(!!(x), 0)

static int check(int v)
{
	if (unlikely(v < 0))
		return -1;
	if (likely(v < 100))
		return v * 2;
	return 100;
}

int main(void)
{
	int v[] = { -5, 0, 7, 99, 100, 1000 };
	int i, s = 0;
	for (i = 0; i < 6; i++) {
		printf("%d ", check(v[i]));
		s += check(v[i]);
	}
	printf("\n%ld\n", __builtin_expect(42L, 0L));
	return s & 0xff;
}
