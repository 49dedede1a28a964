/* A growing array on the heap (malloc/realloc/free). */
#include <stdio.h>
#include <stdlib.h>

struct vec { int *data; int len, cap; };

static void push(struct vec *v, int x)
{
	if (v->len == v->cap) {
		v->cap = v->cap ? v->cap * 2 : 4;
		v->data = realloc(v->data, v->cap * sizeof *v->data);
	}
	v->data[v->len++] = x;
}

int main(void)
{
	struct vec v = { 0, 0, 0 };
	long sum = 0;
	int i;
	for (i = 0; i < 1000; i++)
		push(&v, i * 3 % 101);
	for (i = 0; i < v.len; i++)
		sum += v.data[i];
	printf("%d %d %ld %d\n", v.len, v.cap, sum, v.data[999]);
	free(v.data);
	return (int)(sum & 0x7f);
}
