/* qsort of an array of strings with a strcmp-based comparator (distinct keys, so the order is
 * fully determined), then bsearch for present and absent names. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int cmp_len_then_str(const void *a, const void *b)
{
	const char *x = *(const char *const *)a, *y = *(const char *const *)b;
	size_t lx = strlen(x), ly = strlen(y);
	if (lx != ly)
		return lx < ly ? -1 : 1;
	return strcmp(x, y);
}

int main(void)
{
	const char *names[] = { "sys_write", "sys_read", "sys_open", "sys_close", "sys_exit",
	                        "sys_fork", "sys_getpid", "sys_MyPrintK", "sys_brk", "sys_kill" };
	const char *probes[] = { "sys_open", "sys_MyPrintK", "sys_ni_syscall", "sys_write" };
	int n = (int)(sizeof names / sizeof names[0]), i;

	qsort(names, n, sizeof names[0], cmp_str);
	for (i = 0; i < n; i++)
		printf("%s%c", names[i], i == n - 1 ? '\n' : ' ');
	for (i = 0; i < 4; i++) {
		const char **hit = bsearch(&probes[i], names, n, sizeof names[0], cmp_str);
		printf("%-15s %s", probes[i], hit ? "found at" : "absent");
		if (hit)
			printf(" %d", (int)(hit - names));
		printf("\n");
	}
	qsort(names, n, sizeof names[0], cmp_len_then_str);
	for (i = 0; i < n; i++)
		printf("%s%c", names[i], i == n - 1 ? '\n' : ' ');
	return 0;
}
