/* brk.c - the program break: the end of the heap, moved by the brk system call. */
#include <unistd.h>
#include <errno.h>
#include "libc.h"

static char *cur;   /* the current break, learned from the kernel on first use */

/* The kernel's brk returns the new break, or the old one when it refused. */
int brk(void *end)
{
	char *got = (char *)__sys(__NR_brk, (long)end, 0, 0, 0, 0, 0);

	cur = got;
	if (got != (char *)end) {
		errno = ENOMEM;
		return -1;
	}
	return 0;
}

void *sbrk(int increment)
{
	char *old;

	if (!cur)
		cur = (char *)__sys(__NR_brk, 0, 0, 0, 0, 0, 0);
	old = cur;
	if (increment != 0 && brk(old + increment) < 0)
		return (void *)-1;
	return old;
}
