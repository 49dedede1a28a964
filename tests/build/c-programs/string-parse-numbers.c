/* Parsing numbers: our own atoi against strtol with different bases. */
#include <stdio.h>
#include <stdlib.h>

static long my_atol(const char *s)
{
	long v = 0;
	int neg = 0;
	while (*s == ' ')
		s++;
	if (*s == '-' || *s == '+')
		neg = *s++ == '-';
	while (*s >= '0' && *s <= '9')
		v = v * 10 + (*s++ - '0');
	return neg ? -v : v;
}

int main(void)
{
	const char *in[] = { "0", "42", "  -17", "+300abc", "2147483647", "-2147483647" };
	int i;
	char *end;
	for (i = 0; i < 6; i++)
		printf("%ld %ld\n", my_atol(in[i]), strtol(in[i], NULL, 10));
	printf("%ld %ld %ld\n", strtol("ff", NULL, 16), strtol("0x1A", NULL, 0), strtol("777", NULL, 8));
	printf("%lu\n", strtoul("4294967295", &end, 10));
	printf("[%s]\n", end);
	return (int)my_atol("77");
}
