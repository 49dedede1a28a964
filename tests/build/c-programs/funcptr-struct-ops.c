/* An operations table in a struct, like file_operations. */
#include <stdio.h>
#include <string.h>

struct dev;
struct dev_ops {
	int (*read)(struct dev *, char *, int);
	int (*write)(struct dev *, const char *, int);
};
struct dev { const struct dev_ops *ops; char buf[32]; int len; };

static int mem_write(struct dev *d, const char *s, int n)
{
	memcpy(d->buf + d->len, s, n);
	d->len += n;
	return n;
}

static int mem_read(struct dev *d, char *out, int n)
{
	if (n > d->len)
		n = d->len;
	memcpy(out, d->buf, n);
	return n;
}

static const struct dev_ops mem_ops = { .read = mem_read, .write = mem_write };

int main(void)
{
	struct dev d = { &mem_ops, { 0 }, 0 };
	char out[32] = { 0 };
	int n;
	d.ops->write(&d, "hello ", 6);
	d.ops->write(&d, "kernel", 6);
	n = d.ops->read(&d, out, 20);
	printf("%d [%s]\n", n, out);
	return n;
}
