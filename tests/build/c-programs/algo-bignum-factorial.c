/* 50! with base-10000 digit arrays (schoolbook multiplication). */
#include <stdio.h>

int main(void)
{
	unsigned digits[40] = { 1 };
	int len = 1, n, i;
	for (n = 2; n <= 50; n++) {
		unsigned carry = 0;
		for (i = 0; i < len; i++) {
			unsigned v = digits[i] * n + carry;
			digits[i] = v % 10000;
			carry = v / 10000;
		}
		while (carry) {
			digits[len++] = carry % 10000;
			carry /= 10000;
		}
	}
	printf("%u", digits[len - 1]);
	for (i = len - 2; i >= 0; i--)
		printf("%04u", digits[i]);
	printf("\n%d groups\n", len);
	return len;
}
