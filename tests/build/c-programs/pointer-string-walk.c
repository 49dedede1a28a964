/* Walking strings with pointers: length by pointer difference, finding characters, copying
 * words out, and comparing without the library. */
#include <stdio.h>
#include <stddef.h>

static ptrdiff_t my_strlen(const char *s)
{
	const char *p = s;
	while (*p)
		p++;
	return p - s;
}

static const char *my_strchr(const char *s, int c)
{
	for (; *s; s++)
		if (*s == (char)c)
			return s;
	return c == 0 ? s : NULL;
}

static int my_strcmp(const char *a, const char *b)
{
	while (*a && *a == *b)
		a++, b++;
	return (unsigned char)*a - (unsigned char)*b;
}

static int next_word(const char **cursor, char *out, int cap)
{
	const char *p = *cursor;
	int n = 0;
	while (*p == ' ')
		p++;
	if (!*p)
		return 0;
	while (*p && *p != ' ') {
		if (n < cap - 1)
			out[n++] = *p;
		p++;
	}
	out[n] = 0;
	*cursor = p;
	return 1;
}

int main(void)
{
	const char *text = "  the quick  brown fox   jumps ";
	const char *cur = text, *hit;
	char word[8];
	int count = 0;

	printf("len %d\n", (int)my_strlen(text));
	hit = my_strchr(text, 'q');
	printf("q at %d, rest '%s'\n", (int)(hit - text), hit);
	printf("z %s, NUL at %d\n", my_strchr(text, 'z') ? "found" : "absent",
	       (int)(my_strchr(text, 0) - text));
	while (next_word(&cur, word, sizeof word))
		printf("word %d: %s\n", ++count, word);
	printf("cmp %d %d %d\n", my_strcmp("abc", "abc") == 0, my_strcmp("abc", "abd") < 0,
	       my_strcmp("b", "abc") > 0);
	printf("high byte %d\n", my_strcmp("\xe9", "e") > 0);
	return count;
}
