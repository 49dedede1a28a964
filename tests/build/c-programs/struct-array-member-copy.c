/* Assigning a struct copies its array members too (arrays themselves cannot be assigned), so a
 * struct wrapper gives arrays value semantics. */
#include <stdio.h>

struct vec8 { int v[8]; };
struct name { char s[16]; int len; };

static struct vec8 doubled(struct vec8 x)
{
	int i;
	for (i = 0; i < 8; i++)
		x.v[i] *= 2;
	return x;
}

static void print(const char *tag, const struct vec8 *x)
{
	int i;
	printf("%s:", tag);
	for (i = 0; i < 8; i++)
		printf(" %d", x->v[i]);
	printf("\n");
}

int main(void)
{
	struct vec8 a = { { 1, 2, 3, 4, 5, 6, 7, 8 } }, b;
	struct name n1 = { "kernel", 6 }, n2;

	b = a;
	b.v[0] = 100;
	print("a", &a);
	print("b", &b);
	b = doubled(a);
	print("doubled", &b);
	print("a again", &a);
	n2 = n1;
	n2.s[0] = 'K';
	printf("%s/%d %s/%d\n", n1.s, n1.len, n2.s, n2.len);
	return b.v[7];
}
