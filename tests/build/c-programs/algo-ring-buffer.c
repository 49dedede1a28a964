/* A power-of-two ring buffer with free-running indices, like a UART FIFO or the kernel's kfifo. */
#include <stdio.h>

#define SIZE 8
struct ring { unsigned char buf[SIZE]; unsigned head, tail; };

static int put(struct ring *r, unsigned char c)
{
	if (r->head - r->tail == SIZE)
		return 0;
	r->buf[r->head++ & (SIZE - 1)] = c;
	return 1;
}

static int get(struct ring *r)
{
	if (r->head == r->tail)
		return -1;
	return r->buf[r->tail++ & (SIZE - 1)];
}

int main(void)
{
	struct ring r = { { 0 }, 0xfffffffcu, 0xfffffffcu };
	const char *msg = "hello from ring 0";
	int dropped = 0, c, i;
	for (i = 0; msg[i]; i++) {
		dropped += !put(&r, (unsigned char)msg[i]);
		if (i % 3 == 2)
			putchar(get(&r));
	}
	while ((c = get(&r)) >= 0)
		putchar(c);
	printf("\ndropped %d head %u tail %u\n", dropped, r.head, r.tail);
	return dropped;
}
