/* Sieve of Eratosthenes up to 10000. */
#include <stdio.h>
#include <string.h>

int main(void)
{
	static char composite[10001];
	int i, j, count = 0, last = 0;
	memset(composite, 0, sizeof composite);
	for (i = 2; i * i <= 10000; i++)
		if (!composite[i])
			for (j = i * i; j <= 10000; j += i)
				composite[j] = 1;
	for (i = 2; i <= 10000; i++)
		if (!composite[i]) {
			count++;
			last = i;
			if (i < 60)
				printf("%d ", i);
		}
	printf("\n%d primes, largest %d\n", count, last);
	return count & 0xff;
}
