/* Nested designated initializers: arrays of structs holding arrays and structs, with members
 * named out of order and the rest zeroed. */
#include <stdio.h>

struct point { int x, y; };
struct shape {
	const char *name;
	int npoints;
	struct point pts[4];
	struct { unsigned char r, g, b; } color;
};

static struct shape shapes[] = {
	[2] = { .name = "triangle", .npoints = 3, .pts = { [2] = { 5, 9 }, [0] = { .y = 1 } } },
	[0] = { .color = { .b = 255 }, .name = "dot", .npoints = 1, .pts[0].x = 7 },
	{ "line", 2, { { 1, 1 }, { 4, 5 } }, { 10, 20, 30 } },
};

int main(void)
{
	int i, j, n = (int)(sizeof shapes / sizeof shapes[0]);

	printf("%d shapes\n", n);   /* [2], then [0], then the one after it: [1] */
	for (i = 0; i < n; i++) {
		const struct shape *s = &shapes[i];
		printf("%d %s n=%d rgb=%u,%u,%u:", i, s->name ? s->name : "(none)", s->npoints,
		       s->color.r, s->color.g, s->color.b);
		for (j = 0; j < 4; j++)
			printf(" (%d,%d)", s->pts[j].x, s->pts[j].y);
		printf("\n");
	}
	return shapes[2].pts[2].y;
}
