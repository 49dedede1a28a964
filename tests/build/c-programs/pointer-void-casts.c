/* void * converts to and from any object pointer; byte views of objects. */
#include <stdio.h>
#include <string.h>

static void fill(void *p, int n, int v)
{
	unsigned char *b = p;
	while (n--)
		*b++ = (unsigned char)v++;
}

int main(void)
{
	int words[2];
	short halves[4];
	void *vp;
	fill(words, sizeof words, 1);
	printf("%08x %08x\n", words[0], words[1]);
	vp = halves;
	memcpy(vp, words, sizeof halves);
	printf("%04x %04x\n", halves[0] & 0xffff, halves[3] & 0xffff);
	printf("%d\n", (int)((char *)vp + 2 - (char *)halves));
	return words[0] & 0xff;
}
