/* A struct passed by value is a copy: the callee's changes stay local, while changes through a
 * pointer member (shared) or a pointer to the struct reach the caller. */
#include <stdio.h>

struct counter {
	int local;
	int *shared;
	int arr[3];
};

static void by_value(struct counter c)
{
	c.local += 100;
	c.arr[0] = -1;
	*c.shared += 100;
	printf("inside: local %d arr0 %d shared %d\n", c.local, c.arr[0], *c.shared);
}

static void by_pointer(struct counter *c)
{
	c->local += 1;
	c->arr[1] = 99;
	*c->shared += 1;
}

int main(void)
{
	int pool = 5;
	struct counter c = { 1, &pool, { 10, 20, 30 } };

	by_value(c);
	printf("after value: local %d arr %d %d %d shared %d\n", c.local, c.arr[0], c.arr[1],
	       c.arr[2], *c.shared);
	by_pointer(&c);
	printf("after pointer: local %d arr %d %d %d shared %d\n", c.local, c.arr[0], c.arr[1],
	       c.arr[2], *c.shared);
	return c.local + pool;
}
