/* Comparing structs: member by member, or with memcmp after clearing the padding with memset
 * (memcmp of uncleared padding would compare indeterminate bytes). */
#include <stdio.h>
#include <string.h>

struct key {
	char kind;      /* three bytes of padding follow */
	int id;
	short part;     /* two more at the end */
};

static int key_equal(const struct key *a, const struct key *b)
{
	return a->kind == b->kind && a->id == b->id && a->part == b->part;
}

static void make(struct key *k, char kind, int id, short part)
{
	memset(k, 0, sizeof *k);
	k->kind = kind;
	k->id = id;
	k->part = part;
}

static int sign(int x) { return (x > 0) - (x < 0); }

int main(void)
{
	struct key a, b, c;

	make(&a, 'f', 42, 7);
	make(&b, 'f', 42, 7);
	make(&c, 'f', 43, 7);
	printf("sizeof %d\n", (int)sizeof(struct key));
	printf("a==b %d memcmp %d\n", key_equal(&a, &b), memcmp(&a, &b, sizeof a) == 0);
	printf("a==c %d memcmp sign %d\n", key_equal(&a, &c), sign(memcmp(&a, &c, sizeof a)));
	b.part = 8;
	printf("a==b %d memcmp sign %d\n", key_equal(&a, &b), sign(memcmp(&a, &b, sizeof a)));
	return key_equal(&a, &a);
}
