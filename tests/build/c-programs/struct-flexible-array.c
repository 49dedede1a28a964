/* A flexible array member at the end of a struct. */
#include <stdio.h>
#include <stdlib.h>

struct buf { int len; int data[]; };

int main(void)
{
	struct buf *b = malloc(sizeof *b + 5 * sizeof(int));
	int i, sum = 0;
	b->len = 5;
	for (i = 0; i < b->len; i++)
		b->data[i] = (i + 1) * 11;
	for (i = 0; i < b->len; i++)
		sum += b->data[i];
	printf("%d %d %d\n", (int)sizeof(struct buf), b->data[4], sum);
	free(b);
	return sum & 0x7f;
}
