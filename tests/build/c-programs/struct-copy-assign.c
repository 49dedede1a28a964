/* Struct assignment copies every member; arrays inside structs are copied too. */
#include <stdio.h>

struct point { int x, y; };
struct box { struct point lo, hi; char tag[8]; };

int main(void)
{
	struct box a = { { 1, 2 }, { 30, 40 }, "first" };
	struct box b;
	b = a;
	a.lo.x = 99;
	a.tag[0] = 'F';
	printf("%d %d %d %d %s\n", b.lo.x, b.lo.y, b.hi.x, b.hi.y, b.tag);
	printf("%d %s\n", a.lo.x, a.tag);
	printf("%d\n", (int)sizeof(struct box));
	return b.hi.y - b.lo.x;
}
