/* Kernel-style error returns: -errno in a long, IS_ERR-like checks, a libc-style wrapper. */
#include <stdio.h>

#define ENOENT 2
#define EFAULT 14
#define ENOSYS 38
#define MAX_ERRNO 4095
#define IS_ERR_VALUE(x) ((unsigned long)(x) >= (unsigned long)-MAX_ERRNO)

static int my_errno;

static long sys_fake(long nr, const char *arg)
{
	if (nr != 338)
		return -ENOSYS;
	if (!arg)
		return -EFAULT;
	if (!*arg)
		return -ENOENT;
	return 0;
}

static long wrapper(long nr, const char *arg)
{
	long r = sys_fake(nr, arg);
	if (IS_ERR_VALUE(r)) {
		my_errno = (int)-r;
		return -1;
	}
	return r;
}

int main(void)
{
	long nrs[] = { 338, 338, 338, 339 };
	const char *args[] = { "hello", (const char *)0, "", "hello" };
	int i;
	for (i = 0; i < 4; i++) {
		long r;
		my_errno = 0;
		r = wrapper(nrs[i], args[i]);
		printf("%ld errno %d raw %ld\n", r, my_errno, sys_fake(nrs[i], args[i]));
	}
	printf("%d %d\n", IS_ERR_VALUE(-1L), IS_ERR_VALUE(4096L));
	return my_errno;
}
