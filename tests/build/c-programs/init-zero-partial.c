/* = { 0 } and partial initializers zero every member not named, in locals as in statics;
 * automatic variables without an initializer are not used before being assigned. */
#include <stdio.h>

struct config {
	int verbose;
	int level;
	const char *name;
	double ratio;
	unsigned char bytes[5];
	struct { int x, y; } origin;
};

static struct config global_zero;

static void show(const char *tag, const struct config *c)
{
	int i;
	printf("%s: %d %d %s %.2f [", tag, c->verbose, c->level, c->name ? c->name : "null",
	       c->ratio);
	for (i = 0; i < 5; i++)
		printf("%d", c->bytes[i]);
	printf("] (%d,%d)\n", c->origin.x, c->origin.y);
}

int main(void)
{
	struct config zero = { 0 };
	struct config some = { 1, 2 };
	struct config named = { .name = "n", .bytes = { [3] = 9 }, .origin.y = -4 };
	int arr[6] = { 5 };
	int i;

	show("global", &global_zero);
	show("zero", &zero);
	show("some", &some);
	show("named", &named);
	for (i = 0; i < 6; i++)
		printf("%d ", arr[i]);
	printf("\n");
	return named.origin.y + 10;
}
