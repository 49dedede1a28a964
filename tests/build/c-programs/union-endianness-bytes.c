/* A union of a 32-bit word, two halves and four bytes shows the little-endian byte order;
 * writing one member and reading another reinterprets the same bytes. */
#include <stdio.h>

union word {
	unsigned int w;
	unsigned short h[2];
	unsigned char b[4];
};

int main(void)
{
	union word u;
	int i;

	u.w = 0x11223344;
	printf("w %08x h %04x %04x b", u.w, u.h[0], u.h[1]);
	for (i = 0; i < 4; i++)
		printf(" %02x", u.b[i]);
	printf("\n");
	u.b[3] = 0xff;
	printf("after b[3]=ff: w %08x\n", u.w);
	u.h[0] = 0xbeef;
	printf("after h[0]=beef: w %08x\n", u.w);
	printf("little endian: %d, sizeof %d\n", u.b[0] == 0xef, (int)sizeof u);
	return u.b[0] & 0x7f;
}
