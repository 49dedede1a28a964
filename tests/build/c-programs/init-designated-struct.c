/* Designated initialisers for structs, nested and out of order. */
#include <stdio.h>

struct ops { int (*open)(int); int (*close)(int); const char *name; int flags; };
struct pt { int x, y, z; };
struct line { struct pt a, b; };

static int do_open(int x) { return x + 1; }
static int do_close(int x) { return x - 1; }

static struct ops fops = {
	.name = "fops",
	.close = do_close,
	.open = do_open,
};

int main(void)
{
	struct line l = { .b = { .z = 3, .x = 1 }, .a.y = 7 };
	struct pt p = { .y = 5, 6 };
	printf("%s %d %d %d\n", fops.name, fops.open(10), fops.close(10), fops.flags);
	printf("%d %d %d %d %d %d\n", l.a.x, l.a.y, l.a.z, l.b.x, l.b.y, l.b.z);
	printf("%d %d %d\n", p.x, p.y, p.z);
	return l.a.y + p.z;
}
