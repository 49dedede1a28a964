/* Member offsets and padding follow the i386 System V ABI. */
#include <stdio.h>
#include <stddef.h>

struct a { char c; int i; };
struct b { char c; short s; char d; };
struct c { char c; long long ll; };
struct d { double d; char c; };
struct e { char c[3]; };
struct f { short s; char c; int i; char t; };

int main(void)
{
	printf("a %d %d\n", (int)sizeof(struct a), (int)offsetof(struct a, i));
	printf("b %d %d %d\n", (int)sizeof(struct b), (int)offsetof(struct b, s), (int)offsetof(struct b, d));
	printf("c %d %d\n", (int)sizeof(struct c), (int)offsetof(struct c, ll));
	printf("d %d %d\n", (int)sizeof(struct d), (int)offsetof(struct d, c));
	printf("e %d\n", (int)sizeof(struct e));
	printf("f %d %d %d\n", (int)sizeof(struct f), (int)offsetof(struct f, i), (int)offsetof(struct f, t));
	return (int)sizeof(struct c);
}
