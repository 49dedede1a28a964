/* Byte swapping with shifts and masks (htonl and friends), and reading big-endian fields out of
 * a byte buffer. */
#include <stdio.h>

static unsigned short swab16(unsigned short x)
{
	return (unsigned short)((x << 8) | (x >> 8));
}

static unsigned swab32(unsigned x)
{
	return (x << 24) | ((x & 0xff00) << 8) | ((x >> 8) & 0xff00) | (x >> 24);
}

static unsigned long long swab64(unsigned long long x)
{
	return ((unsigned long long)swab32((unsigned)x) << 32) | swab32((unsigned)(x >> 32));
}

static unsigned be32(const unsigned char *p)
{
	return (unsigned)p[0] << 24 | (unsigned)p[1] << 16 | (unsigned)p[2] << 8 | p[3];
}

int main(void)
{
	unsigned char packet[] = { 0x45, 0x00, 0x00, 0x54, 0xc0, 0xa8, 0x01, 0x02, 0xde, 0xad };
	unsigned x = 0x11223344;

	printf("%04x %08x %016llx\n", swab16(0xabcd), swab32(x), swab64(0x0102030405060708ULL));
	printf("twice %08x\n", swab32(swab32(x)));
	printf("be32 %08x %08x\n", be32(packet), be32(packet + 4));
	printf("addr %u.%u.%u.%u\n", packet[4], packet[5], packet[6], packet[7]);
	printf("as le %08x\n", *(const unsigned *)(const void *)packet);
	return swab16(0x0102) & 0xff;
}
