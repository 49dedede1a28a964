/* Structs with mixed members (int, double, char array, pointer) returned by value through a
 * chain of calls, assigned, and passed back in. */
#include <stdio.h>
#include <string.h>

struct record {
	int id;
	double score;
	char tag[6];
	const char *note;
};

static struct record make(int id, double score, const char *tag)
{
	struct record r;
	r.id = id;
	r.score = score;
	strncpy(r.tag, tag, sizeof r.tag - 1);
	r.tag[sizeof r.tag - 1] = 0;
	r.note = id % 2 ? "odd" : "even";
	return r;
}

static struct record better(struct record a, struct record b)
{
	return a.score >= b.score ? a : b;
}

static struct record bump(struct record r, double by)
{
	r.score += by;
	r.id *= 10;
	return r;
}

static void show(struct record r)
{
	printf("id %d score %.2f tag '%s' %s\n", r.id, r.score, r.tag, r.note);
}

int main(void)
{
	struct record a = make(1, 2.5, "alpha"), b = make(2, 3.25, "betagamma");
	struct record c;

	show(a);
	show(b);
	show(better(a, b));
	show(bump(better(bump(a, 1.0), b), 0.5));
	c = make(3, -1.0, "x");
	c = bump(c, 0.25);
	show(c);
	printf("sizeof %d\n", (int)sizeof(struct record));
	return better(a, c).id;
}
