/* string.h and ctype.h. */
#include <string.h>
#include <stdlib.h>
#include <ctype.h>
#include "check.h"

static int sign(int x) { return x < 0 ? -1 : x > 0; }

int main(void)
{
	char buf[64], a[16], *save, *tok;
	const char *s = "hello, world";
	unsigned long h;
	int c, i;

	CASE("strlen", "%d", (int)strlen(s));
	CASE("strlen empty", "%d", (int)strlen(""));
	CASE("strnlen", "%d %d", (int)strnlen(s, 5), (int)strnlen("ab", 5));
	CASE("strcmp eq", "%d", strcmp("abc", "abc"));
	CASE("strcmp lt", "%d", sign(strcmp("abc", "abd")));
	CASE("strcmp gt", "%d", sign(strcmp("abd", "abc")));
	CASE("strcmp prefix", "%d", sign(strcmp("ab", "abc")));
	CASE("strcmp unsigned", "%d", sign(strcmp("\xff", "a")));
	CASE("strncmp", "%d %d", strncmp("abcx", "abcy", 3), sign(strncmp("abcx", "abcy", 4)));
	CASE("strcasecmp", "%d %d", strcasecmp("HeLLo", "hello"), sign(strcasecmp("a", "B")));
	CASE("strncasecmp", "%d", strncasecmp("ABCd", "abce", 3));
	CASE("strchr", "%s", strchr(s, 'w'));
	CASE("strchr nul", "%d", (int)(strchr(s, 0) - s));
	CASE("strchr miss", "%d", strchr(s, 'z') == 0);
	CASE("strrchr", "%s", strrchr(s, 'o'));
	CASE("strstr", "%s", strstr(s, "wor"));
	CASE("strstr empty", "%d", strstr(s, "") == s);
	CASE("strstr miss", "%d", strstr(s, "xyz") == 0);
	CASE("strspn", "%d", (int)strspn("aabbcd", "ab"));
	CASE("strcspn", "%d", (int)strcspn("hello world", " o"));
	CASE("strpbrk", "%s", strpbrk(s, ",w"));
	strcpy(buf, "a,b,,c");
	tok = strtok_r(buf, ",", &save);
	buf[40] = 0;
	for (i = 0; tok; tok = strtok_r(0, ",", &save))
		i += printf("strtok %d: %s\n", i, tok) > 0;
	strcpy(buf, "  x y ");
	tok = strtok(buf, " ");
	CASE("strtok first", "%s", tok);
	tok = strtok(0, " ");
	CASE("strtok second", "%s", tok);
	CASE("strtok end", "%d", strtok(0, " ") == 0);
	memset(a, 'z', sizeof(a));
	strncpy(a, "ab", 5);
	CASE("strncpy pad", "%d %d %d %c", a[2], a[3], a[4], a[5]);
	strncpy(a, "abcdefgh", 4);
	CASE("strncpy cut", "%.4s %c", a, a[4]);
	strcpy(buf, "foo");
	strcat(buf, "bar");
	CASE("strcat", "%s", buf);
	strncat(buf, "bazqux", 3);
	CASE("strncat", "%s", buf);
	strcpy(buf, "0123456789");
	memmove(buf + 2, buf, 5);
	CASE("memmove right", "%s", buf);
	strcpy(buf, "0123456789");
	memmove(buf, buf + 3, 5);
	CASE("memmove left", "%s", buf);
	memcpy(buf, "xyz", 3);
	CASE("memcpy", "%.3s", buf);
	memset(buf, '#', 5);
	buf[5] = 0;
	CASE("memset", "%s", buf);
	CASE("memcmp", "%d %d %d", memcmp("ab", "ab", 2), sign(memcmp("\x01", "\xff", 1)),
	     sign(memcmp("b", "a", 1)));
	CASE("memchr", "%s", (char *)memchr(s, 'l', 12));
	CASE("memchr bound", "%d", memchr(s, 'd', 5) == 0);
	save = strdup(s);
	CASE("strdup", "%s %d", save, save != s);
	free(save);
	save = strndup(s, 5);
	CASE("strndup", "%s", save);
	free(save);
	for (h = 0, c = -1; c < 256; c++)
		h = h * 31 + (isalpha(c) != 0) + 2 * (isdigit(c) != 0) + 4 * (isspace(c) != 0) +
		    8 * (ispunct(c) != 0) + 16 * (isupper(c) != 0) + 32 * (isxdigit(c) != 0) +
		    64 * (isprint(c) != 0) + 128 * (iscntrl(c) != 0);
	CASE("ctype classes", "%lu", h);
	CASE("toupper", "%c%c%c", toupper('a'), toupper('Z'), toupper('1'));
	CASE("tolower", "%c%c", tolower('Q'), tolower('q'));
	CASE("isalnum", "%d%d%d", isalnum('a') != 0, isalnum('5') != 0, isalnum('_') != 0);
	return 0;
}
