/* Adler-32, Fletcher-16 and the Internet checksum (ones' complement sum of 16-bit words, as in
 * IP headers) over the same buffers. */
#include <stdio.h>
#include <string.h>

static unsigned adler32(const unsigned char *p, int n)
{
	unsigned a = 1, b = 0;
	while (n--) {
		a = (a + *p++) % 65521;
		b = (b + a) % 65521;
	}
	return b << 16 | a;
}

static unsigned short fletcher16(const unsigned char *p, int n)
{
	unsigned s1 = 0, s2 = 0;
	while (n--) {
		s1 = (s1 + *p++) % 255;
		s2 = (s2 + s1) % 255;
	}
	return (unsigned short)(s2 << 8 | s1);
}

static unsigned short inet_csum(const unsigned char *p, int n)
{
	unsigned long sum = 0;
	for (; n > 1; n -= 2, p += 2)
		sum += (unsigned)p[0] << 8 | p[1];
	if (n)
		sum += (unsigned)p[0] << 8;
	while (sum >> 16)
		sum = (sum & 0xffff) + (sum >> 16);
	return (unsigned short)~sum;
}

int main(void)
{
	const char *texts[] = { "Wikipedia", "abcde", "", "The quick brown fox" };
	unsigned char ip[20] = { 0x45, 0x00, 0x00, 0x73, 0x00, 0x00, 0x40, 0x00, 0x40, 0x11,
	                         0x00, 0x00, 0xc0, 0xa8, 0x00, 0x01, 0xc0, 0xa8, 0x00, 0xc7 };
	unsigned short c;
	int i;

	for (i = 0; i < 4; i++) {
		const unsigned char *p = (const unsigned char *)texts[i];
		int n = (int)strlen(texts[i]);
		printf("%-20s adler %08x fletcher %04x inet %04x\n", texts[i], adler32(p, n),
		       fletcher16(p, n), inet_csum(p, n));
	}
	c = inet_csum(ip, 20);
	ip[10] = (unsigned char)(c >> 8);
	ip[11] = (unsigned char)c;
	printf("ip header checksum %04x, verifies to %04x\n", c, inet_csum(ip, 20));
	return c & 0x7f;
}
