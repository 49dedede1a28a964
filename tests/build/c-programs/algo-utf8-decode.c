/* Decoding UTF-8 into code points by hand (1 to 4 byte sequences), rejecting overlong forms,
 * surrogates and truncated sequences, and encoding code points back. */
#include <stdio.h>

static int decode(const unsigned char *s, unsigned *cp)
{
	unsigned c = s[0], min;
	int n, i;
	if (c < 0x80) { *cp = c; return 1; }
	if ((c & 0xe0) == 0xc0) n = 2, c &= 0x1f, min = 0x80;
	else if ((c & 0xf0) == 0xe0) n = 3, c &= 0x0f, min = 0x800;
	else if ((c & 0xf8) == 0xf0) n = 4, c &= 0x07, min = 0x10000;
	else return -1;
	for (i = 1; i < n; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return -1;
		c = c << 6 | (s[i] & 0x3f);
	}
	if (c < min || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
		return -1;
	*cp = c;
	return n;
}

static int encode(unsigned cp, unsigned char *out)
{
	if (cp < 0x80) { out[0] = (unsigned char)cp; return 1; }
	if (cp < 0x800) { out[0] = (unsigned char)(0xc0 | cp >> 6); out[1] = (unsigned char)(0x80 | (cp & 0x3f)); return 2; }
	if (cp < 0x10000) {
		out[0] = (unsigned char)(0xe0 | cp >> 12);
		out[1] = (unsigned char)(0x80 | (cp >> 6 & 0x3f));
		out[2] = (unsigned char)(0x80 | (cp & 0x3f));
		return 3;
	}
	out[0] = (unsigned char)(0xf0 | cp >> 18);
	out[1] = (unsigned char)(0x80 | (cp >> 12 & 0x3f));
	out[2] = (unsigned char)(0x80 | (cp >> 6 & 0x3f));
	out[3] = (unsigned char)(0x80 | (cp & 0x3f));
	return 4;
}

int main(void)
{
	const unsigned char text[] = "A\xc3\xa9\xe2\x82\xac\xf0\x9f\x90\xa7!\xc0\xaf\xed\xa0\x80\xe2\x82";
	const unsigned char *p = text, *end = text + sizeof text - 1;
	unsigned cps[] = { 0x41, 0xe9, 0x20ac, 0x1f427, 0x10ffff };
	int i;

	while (p < end) {
		unsigned cp = 0;
		int n = decode(p, &cp);
		if (n < 0) {
			printf("bad byte %02x\n", *p);
			p++;
		} else {
			printf("U+%04X (%d bytes)\n", cp, n);
			p += n;
		}
	}
	for (i = 0; i < 5; i++) {
		unsigned char buf[4];
		int n = encode(cps[i], buf), k;
		unsigned back = 0;
		int m;
		printf("U+%04X ->", cps[i]);
		for (k = 0; k < n; k++)
			printf(" %02x", buf[k]);
		m = decode(buf, &back);
		printf(" -> %d U+%04X\n", m, back);
	}
	return 0;
}
