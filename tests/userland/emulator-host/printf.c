/* printf: format 1000 lines of integers, strings and doubles into a buffer. */
#include <stdio.h>
#include <string.h>

int main(void)
{
	char buf[128];
	unsigned long sum = 0;
	int i;

	for (i = 0; i < 1000; i++) {
		int n = snprintf(buf, sizeof(buf), "%5d %-8s %08x %.3f %e %lld", i, "word", i * 2654435761u,
				 i / 7.0, i * 1.5e10, (long long)i * 1000000007LL);
		sum = sum * 31 + (unsigned)n + (unsigned char)buf[n - 1];
	}
	printf("printf %lu\n", sum);
	return 0;
}
