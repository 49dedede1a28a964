/* A tagged union: the tag says which member is valid. */
#include <stdio.h>

enum kind { INT, DBL, STR };
struct val { enum kind k; union { int i; double d; const char *s; } u; };

static void show(struct val v)
{
	switch (v.k) {
	case INT: printf("int %d\n", v.u.i); break;
	case DBL: printf("double %.3f\n", v.u.d); break;
	case STR: printf("string %s\n", v.u.s); break;
	}
}

int main(void)
{
	struct val vs[3];
	int i;
	vs[0].k = INT; vs[0].u.i = -42;
	vs[1].k = DBL; vs[1].u.d = 6.125;
	vs[2].k = STR; vs[2].u.s = "hello";
	for (i = 0; i < 3; i++)
		show(vs[i]);
	printf("%d\n", (int)sizeof(struct val));
	return (int)sizeof(vs[0].u);
}
