/* A sparse switch over large and negative values. */
#include <stdio.h>

static int classify(long v)
{
	switch (v) {
	case -2147483647 - 1: return 1;
	case -65536: return 2;
	case -1: return 3;
	case 0: return 4;
	case 65535: return 5;
	case 1000000: return 6;
	case 2147483647: return 7;
	}
	return 0;
}

int main(void)
{
	long probes[] = { -2147483647 - 1, -65536, -65535, -1, 0, 1, 65535, 999999, 1000000, 2147483647 };
	int i, s = 0;
	for (i = 0; i < 10; i++) {
		printf("%ld:%d ", probes[i], classify(probes[i]));
		s = s * 3 + classify(probes[i]);
	}
	printf("\n%d\n", s);
	return s & 0x7f;
}
