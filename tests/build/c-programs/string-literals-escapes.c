/* String literal escapes, concatenation and sizes. */
#include <stdio.h>

int main(void)
{
	const char s[] = "tab\there\nnl" "-joined-" "\x41\102\0hidden";
	const char *w = "\\\"\'\a\b\f\v\?";
	unsigned i;
	printf("%d\n", (int)sizeof s);
	for (i = 0; i < sizeof s; i++)
		printf("%02x", (unsigned char)s[i]);
	printf("\n");
	for (i = 0; w[i]; i++)
		printf("%d ", w[i]);
	printf("\n%s|\n", s + 20);
	printf("%d %d\n", (int)sizeof("abc"), (int)sizeof(L"abc"));
	return (int)sizeof s;
}
