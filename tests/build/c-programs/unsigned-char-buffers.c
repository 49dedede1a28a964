/* Byte buffers: little-endian loads and stores assembled by hand. */
#include <stdio.h>

static unsigned load32(const unsigned char *p) { return p[0] | p[1] << 8 | p[2] << 16 | (unsigned)p[3] << 24; }
static void store16(unsigned char *p, unsigned v) { p[0] = (unsigned char)v; p[1] = (unsigned char)(v >> 8); }

int main(void)
{
	unsigned char elf[16] = { 0x7f, 'E', 'L', 'F', 1, 1, 1, 0 };
	unsigned word = 0x0badf00d;
	unsigned char *bytes = (unsigned char *)&word;
	store16(elf + 8, 0x0003);
	store16(elf + 10, 0xc010);
	printf("%08x %08x %08x\n", load32(elf), load32(elf + 4), load32(elf + 8));
	printf("%02x %02x %02x %02x\n", bytes[0], bytes[1], bytes[2], bytes[3]);
	printf("%d\n", load32((unsigned char *)&word) == word);
	return elf[10];
}
