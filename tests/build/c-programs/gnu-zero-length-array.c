/* The GNU zero-length array at the end of a struct (the kernel's older idiom for a variable
 * tail, before C99's flexible arrays): sizeof ignores it, malloc adds room for it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct msg {
	unsigned short type;
	unsigned short len;
	char data[0];
};

static struct msg *make(unsigned short type, const char *text)
{
	unsigned short n = (unsigned short)strlen(text) + 1;
	struct msg *m = malloc(sizeof *m + n);
	m->type = type;
	m->len = n;
	memcpy(m->data, text, n);
	return m;
}

int main(void)
{
	struct msg *a = make(1, "hello"), *b = make(2, "a longer message body");

	printf("sizeof %d\n", (int)sizeof(struct msg));
	printf("%d %d %s\n", a->type, a->len, a->data);
	printf("%d %d %s\n", b->type, b->len, b->data);
	printf("data at offset %d\n", (int)((char *)a->data - (char *)a));
	free(a);
	free(b);
	return (int)sizeof(struct msg);
}
