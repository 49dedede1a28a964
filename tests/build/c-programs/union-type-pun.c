/* Unions share storage: reading another member reinterprets the bytes. */
#include <stdio.h>

union u {
	unsigned int word;
	unsigned short half[2];
	unsigned char byte[4];
	float f;
};

int main(void)
{
	union u x;
	x.word = 0x11223344;
	printf("%04x %04x\n", x.half[0], x.half[1]);
	printf("%02x %02x %02x %02x\n", x.byte[0], x.byte[1], x.byte[2], x.byte[3]);
	x.f = -2.5f;
	printf("%08x\n", x.word);
	x.byte[3] = 0x3f;
	printf("%.6g\n", x.f);
	printf("%d\n", (int)sizeof x);
	return x.byte[0];
}
