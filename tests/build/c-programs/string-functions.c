/* Our own strlen/strcpy/strcmp/strchr against the C library's. */
#include <stdio.h>
#include <string.h>

static unsigned my_strlen(const char *s) { const char *p = s; while (*p) p++; return (unsigned)(p - s); }
static char *my_strcpy(char *d, const char *s) { char *r = d; while ((*d++ = *s++)) ; return r; }
static int my_strcmp(const char *a, const char *b)
{
	while (*a && *a == *b) { a++; b++; }
	return (unsigned char)*a - (unsigned char)*b;
}
static const char *my_strchr(const char *s, int c)
{
	for (; *s; s++)
		if (*s == (char)c)
			return s;
	return c ? 0 : s;
}

int main(void)
{
	const char *words[] = { "", "a", "syscall", "sys_call_table", "\xe9t\xe9" };
	char buf[32];
	int i;
	for (i = 0; i < 5; i++) {
		my_strcpy(buf, words[i]);
		printf("%u %u %d %d ", my_strlen(buf), (unsigned)strlen(buf), my_strcmp(buf, "sys") > 0, strcmp(buf, "sys") > 0);
		printf("%d %d\n", my_strchr(buf, '_') ? (int)(my_strchr(buf, '_') - buf) : -1, strchr(buf, '_') ? (int)(strchr(buf, '_') - buf) : -1);
	}
	return (int)my_strlen(words[3]);
}
