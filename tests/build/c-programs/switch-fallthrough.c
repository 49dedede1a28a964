/* Fall-through between cases, Duff's device style. */
#include <stdio.h>

static void copy(char *to, const char *from, int count)
{
	int n = (count + 3) / 4;
	if (!count)
		return;
	switch (count % 4) {
	case 0: do { *to++ = *from++;
	case 3:      *to++ = *from++;
	case 2:      *to++ = *from++;
	case 1:      *to++ = *from++;
		} while (--n > 0);
	}
}

int main(void)
{
	char dst[32] = { 0 };
	int k, acc = 0;
	copy(dst, "duffs device in c", 17);
	printf("%s\n", dst);
	for (k = 0; k < 6; k++) {
		switch (k) {
		case 0:
			acc += 1;
		case 1:
			acc += 10;
			break;
		case 4:
		case 5:
			acc += 100;
		default:
			acc += 1000;
		}
	}
	printf("%d\n", acc);
	return acc & 0xff;
}
