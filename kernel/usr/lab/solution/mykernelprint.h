/* mykernelprint.h - the user-space wrapper for the lesson's system call.
 * syscall() puts the number in EAX and the argument in EBX, then enters the kernel. */
#include <linux/unistd.h>

#define __NR_MyPrintK 338

long MyPrintK(const char *s)
{
	return syscall(__NR_MyPrintK, s);
}
