/* strtol and strtoul in bases 0 (prefix decides), 2, 8, 16 and 36: where parsing stops (the end
 * pointer), leading space and signs, and a string with no digits at all. */
#include <stdio.h>
#include <stdlib.h>

int main(void)
{
	const char *in[] = { "42", "  -17xyz", "0x1f", "017", "0b101", "+9", "zz", "   ", "10e3" };
	int bases[] = { 0, 2, 8, 10, 16, 36 };
	int i, b;

	for (i = 0; i < 9; i++) {
		printf("%-9s", in[i]);
		for (b = 0; b < 6; b++) {
			char *end;
			long v = strtol(in[i], &end, bases[b]);
			printf(" b%-2d=%ld/%d", bases[b], v, (int)(end - in[i]));
		}
		printf("\n");
	}
	{
		char *end;
		unsigned long u = strtoul("4294967295 rest", &end, 10);
		long long ll = strtoll("-9223372036854775807", &end, 10);
		unsigned long long ull = strtoull("ffffffffffffffff", &end, 16);
		printf("%lu %lld %llu '%s'\n", u, ll, ull, end);
	}
	printf("atoi %d %d %d atol %ld\n", atoi("  123abc"), atoi("-0"), atoi("x1"), atol("-77"));
	return (int)strtol("7f", NULL, 16);
}
