/* Constant expressions folded at compile time must equal run-time results. */
#include <stdio.h>

enum { A = 1 << 10, B = A * 3 - 7, C = (B % 13) ^ 0x5a, D = -17 / 4, E = -17 % 4 };
static const int table[] = { A, B, C, D, E, (int)(0xffffffffu >> 3), (int)(3000000000u / 7u) };

int main(void)
{
	volatile int a = 1, three = 3, seven = 7, m17 = -17, four = 4;
	volatile unsigned big = 0xffffffffu, three_g = 3000000000u;
	int run[7];
	int i, same = 1;
	run[0] = a << 10;
	run[1] = run[0] * three - seven;
	run[2] = (run[1] % 13) ^ 0x5a;
	run[3] = m17 / four;
	run[4] = m17 % four;
	run[5] = (int)(big >> 3);
	run[6] = (int)(three_g / 7u);
	for (i = 0; i < 7; i++) {
		printf("%d %d\n", table[i], run[i]);
		same &= table[i] == run[i];
	}
	return same;
}
