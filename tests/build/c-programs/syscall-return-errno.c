/* How libc turns a syscall's raw result into errno: values in -4095..-1 are errors (errno = -r,
 * return -1), anything else is a result, even a large "negative" address such as mmap's. */
#include <stdio.h>

static int my_errno;

static long syscall_ret(unsigned long r)
{
	if (r >= (unsigned long)-4095) {
		my_errno = (int)-r;
		return -1;
	}
	return (long)r;
}

int main(void)
{
	long raws[] = { 0, 5, -1, -2, -38, -4095, -4096, (long)0xb7f00000ul };
	int i;

	for (i = 0; i < 8; i++) {
		long r;
		my_errno = 0;
		r = syscall_ret((unsigned long)raws[i]);
		printf("raw %11ld -> %11ld errno %d\n", raws[i], r, my_errno);
	}
	return my_errno;
}
