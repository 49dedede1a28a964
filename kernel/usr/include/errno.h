/* errno.h - error numbers. A system call that fails returns -ENAME in EAX; the libc
 * wrapper stores ENAME in errno and returns -1 (see usr/lib/syscall.c). The numbers are
 * Linux's, so a program means the same thing on the teaching kernel and on real Linux. */
#ifndef _ERRNO_H
#define _ERRNO_H

extern int errno;

/* the numbers themselves are the kernel's own, in arch/x86/include/asm/errno.h */
#include <asm/errno.h>

#endif
