/* Pointers to pointers: modify the caller's pointer, walk an argv-like array. */
#include <stdio.h>

static void advance(const char **s, int n)
{
	*s += n;
}

static int count(char **v)
{
	int n = 0;
	while (*v++)
		n++;
	return n;
}

int main(void)
{
	const char *s = "syscall lab";
	char a[] = "one", b[] = "two", c[] = "three";
	char *v[] = { a, b, c, 0 };
	char **pp = v;
	advance(&s, 8);
	printf("%s\n", s);
	printf("%d %s %c\n", count(v), *(pp + 2), **(pp + 1));
	(*pp)[0] = 'O';
	printf("%s\n", v[0]);
	return count(v);
}
