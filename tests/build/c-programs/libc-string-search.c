/* The searching functions of <string.h>: strchr/strrchr, strstr, strspn/strcspn, strpbrk and
 * memchr, reported as offsets so results compare between libcs. */
#include <stdio.h>
#include <string.h>

static int off(const char *base, const char *p) { return p ? (int)(p - base) : -1; }

int main(void)
{
	const char *path = "/usr/lib/crt0.o:/usr/lib/libc.a";
	const char *line = "  \tkey = value # comment";

	printf("strchr / %d, strrchr / %d, strchr : %d, strchr q %d, strchr NUL %d\n",
	       off(path, strchr(path, '/')), off(path, strrchr(path, '/')), off(path, strchr(path, ':')),
	       off(path, strchr(path, 'q')), off(path, strchr(path, 0)));
	printf("strstr lib %d, libc %d, xyz %d, empty %d\n", off(path, strstr(path, "lib")),
	       off(path, strstr(path, "libc")), off(path, strstr(path, "xyz")), off(path, strstr(path, "")));
	printf("strspn blanks %d, strcspn = %d, strcspn #= %d\n", (int)strspn(line, " \t"),
	       (int)strcspn(line, "="), (int)strcspn(line, "#="));
	printf("strpbrk =# %d, strpbrk xyz %d\n", off(line, strpbrk(line, "#=")), off(line, strpbrk(line, "xyz")));
	printf("memchr v %d, memchr past n %d\n", off(line, memchr(line, 'v', strlen(line))),
	       off(line, memchr(line, '#', 10)));
	return (int)strcspn(path, ":");
}
