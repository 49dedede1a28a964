/* Looking at objects through unsigned char pointers (always allowed): the bytes of ints, a
 * float, a struct, and a checksum over any object. */
#include <stdio.h>

struct hdr { unsigned short type; unsigned char flags; unsigned char len; unsigned int seq; };

static void dump(const char *tag, const void *obj, int n)
{
	const unsigned char *p = obj;
	int i;
	printf("%-6s", tag);
	for (i = 0; i < n; i++)
		printf(" %02x", p[i]);
	printf("\n");
}

static unsigned sum_bytes(const void *obj, int n)
{
	const unsigned char *p = obj, *end = p + n;
	unsigned s = 0;
	while (p < end)
		s = s * 31 + *p++;
	return s;
}

int main(void)
{
	int i = -2;
	unsigned long long ll = 0x0102030405060708ULL;
	float f = 1.0f;
	struct hdr h = { 0x0800, 0x40, 20, 0xcafebabe };

	dump("int", &i, sizeof i);
	dump("ll", &ll, sizeof ll);
	dump("float", &f, sizeof f);
	dump("hdr", &h, sizeof h);
	printf("sums %08x %08x %08x\n", sum_bytes(&i, sizeof i), sum_bytes(&ll, sizeof ll),
	       sum_bytes(&h, sizeof h));
	return (int)(sum_bytes(&f, sizeof f) & 0x3f);
}
