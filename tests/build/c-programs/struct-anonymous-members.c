/* Anonymous unions and structs inside a struct (C11, a GNU extension before). */
#include <stdio.h>

struct value {
	int kind;
	union {
		int i;
		float f;
		struct { short lo, hi; };
	};
};

int main(void)
{
	struct value v;
	v.kind = 1;
	v.i = 0x00020001;
	printf("%d %d %d\n", v.kind, v.lo, v.hi);
	v.f = 1.0f;
	printf("%08x\n", (unsigned)v.i);
	printf("%d\n", (int)sizeof v);
	return v.hi;
}
