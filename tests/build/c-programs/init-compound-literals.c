/* Compound literals (C99). */
#include <stdio.h>

struct pt { int x, y; };

static int dot(struct pt a, struct pt b) { return a.x * b.x + a.y * b.y; }
static int sum(const int *v, int n) { int s = 0; while (n--) s += v[n]; return s; }

int main(void)
{
	struct pt *p = &(struct pt){ 3, 4 };
	printf("%d\n", dot(*p, (struct pt){ .y = 2, .x = 1 }));
	printf("%d\n", sum((int[]){ 1, 2, 3, 4, 5 }, 5));
	p->x = 10;
	printf("%d %d\n", p->x, p->y);
	return sum((int[3]){ [2] = 9 }, 3);
}
