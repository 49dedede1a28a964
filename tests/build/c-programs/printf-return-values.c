/* What the printf family returns: the number of characters produced, counted the same way for
 * printf, sprintf and snprintf, including padding and embedded conversions. */
#include <stdio.h>

int main(void)
{
	char buf[64];
	int a, b, c, d;

	a = printf("hello\n");
	b = printf("%d %s %5.2f|\n", -17, "abc", 1.5);
	c = printf("%s", "");
	d = printf("%10s%-3d%c\n", "x", 7, '!');
	printf("returns %d %d %d %d\n", a, b, c, d);
	a = sprintf(buf, "%lld", -9223372036854775807LL - 1);
	b = snprintf(buf, 4, "%x", 0xdeadbeefu);
	c = sprintf(buf, "%%");
	printf("more %d %d %d\n", a, b, c);
	return a;
}
