/* size_t is unsigned (sizes never negative, differences wrap), ptrdiff_t is signed (pointer
 * differences can be negative); mixing them in comparisons needs care. */
#include <stdio.h>
#include <stddef.h>
#include <string.h>

int main(void)
{
	char buf[32] = "counting";
	size_t len = strlen(buf), small = 3;
	ptrdiff_t back = buf - (buf + 5), fwd = (buf + 5) - buf;
	size_t wrapped = small - len;
	int i;

	printf("len %zu, small - len = %zu (wraps), as signed %td\n", len, wrapped, (ptrdiff_t)wrapped);
	printf("back %td fwd %td\n", back, fwd);
	printf("(int)small - (int)len = %d\n", (int)small - (int)len);
	printf("sizeof size_t %d ptrdiff_t %d\n", (int)sizeof(size_t), (int)sizeof(ptrdiff_t));
	for (i = (int)len - 1; i >= 0; i--)     /* counting down needs a signed index */
		putchar(buf[i]);
	putchar('\n');
	printf("len > -1: %d (the -1 becomes SIZE_MAX)\n", len > (size_t)-1);
	return (int)fwd;
}
