/* Reversing a string in place, then each word. */
#include <stdio.h>
#include <string.h>

static void reverse(char *a, char *b)
{
	while (a < b) {
		char t = *a;
		*a++ = *b;
		*b-- = t;
	}
}

int main(void)
{
	char s[] = "the ring three to ring zero journey";
	char *w = s, *p;
	reverse(s, s + strlen(s) - 1);
	for (p = s; ; p++) {
		if (*p == ' ' || *p == 0) {
			reverse(w, p - 1);
			if (!*p)
				break;
			w = p + 1;
		}
	}
	printf("%s\n", s);
	return s[0];
}
