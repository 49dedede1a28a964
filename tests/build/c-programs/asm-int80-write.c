/* A system call by hand: write(2) is number 4 on i386; int $0x80 takes the number in eax and the
 * arguments in ebx, ecx, edx and returns the result (or -errno) in eax. stdout is flushed first
 * so the raw write lands in order. */
#include <stdio.h>

static long raw_syscall3(long nr, long a, long b, long c)
{
	long ret;
	__asm__ __volatile__("int $0x80" : "=a"(ret) : "0"(nr), "b"(a), "c"(b), "d"(c) : "memory");
	return ret;
}

int main(void)
{
	static const char msg[] = "written by int $0x80\n";
	long r;

	printf("before\n");
	fflush(stdout);
	r = raw_syscall3(4, 1, (long)msg, sizeof msg - 1);
	printf("write returned %ld\n", r);
	fflush(stdout);
	r = raw_syscall3(4, -1, (long)msg, 3);          /* bad descriptor: -EBADF */
	printf("bad fd returned %ld\n", r);
	r = raw_syscall3(9999, 0, 0, 0);                /* no such call: -ENOSYS */
	printf("no such syscall returned %ld\n", r);
	return 0;
}
