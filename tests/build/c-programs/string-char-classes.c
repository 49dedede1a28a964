/* Character classification written by hand, compared with ctype.h. */
#include <stdio.h>
#include <ctype.h>

static int my_isalpha(int c) { return (c | 32) >= 'a' && (c | 32) <= 'z'; }
static int my_isdigit(int c) { return c >= '0' && c <= '9'; }
static int my_toupper(int c) { return c >= 'a' && c <= 'z' ? c - 32 : c; }

int main(void)
{
	const char *s = "Hello, World 2026! sys_MyPrintK()";
	int letters = 0, digits = 0, agree = 1;
	const char *p;
	for (p = s; *p; p++) {
		letters += my_isalpha(*p);
		digits += my_isdigit(*p);
		agree &= !!my_isalpha(*p) == !!isalpha((unsigned char)*p);
		agree &= my_toupper(*p) == toupper((unsigned char)*p);
		putchar(my_toupper(*p));
	}
	printf("\n%d %d %d\n", letters, digits, agree);
	return letters;
}
