/* CRC-32 (the zlib polynomial) bit by bit and with a table. */
#include <stdio.h>
#include <string.h>

static unsigned table[256];

static void make_table(void)
{
	unsigned i, k, c;
	for (i = 0; i < 256; i++) {
		c = i;
		for (k = 0; k < 8; k++)
			c = c & 1 ? 0xedb88320u ^ (c >> 1) : c >> 1;
		table[i] = c;
	}
}

static unsigned crc_table(const char *s, unsigned n)
{
	unsigned c = 0xffffffffu;
	while (n--)
		c = table[(c ^ (unsigned char)*s++) & 0xff] ^ (c >> 8);
	return c ^ 0xffffffffu;
}

static unsigned crc_bits(const char *s, unsigned n)
{
	unsigned c = 0xffffffffu;
	int k;
	while (n--) {
		c ^= (unsigned char)*s++;
		for (k = 0; k < 8; k++)
			c = (c >> 1) ^ (0xedb88320u & -(c & 1));
	}
	return ~c;
}

int main(void)
{
	const char *msgs[] = { "", "a", "123456789", "The quick brown fox jumps over the lazy dog" };
	int i;
	make_table();
	for (i = 0; i < 4; i++)
		printf("%08x %08x\n", crc_table(msgs[i], strlen(msgs[i])), crc_bits(msgs[i], strlen(msgs[i])));
	return crc_table("x", 1) & 0x7f;
}
