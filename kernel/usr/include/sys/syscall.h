/* sys/syscall.h - system call numbers for syscall(). They come from the kernel tree's
 * own arch/x86/include/asm/unistd_32.h (found through -Iarch/x86/include), so a call
 * added to the kernel is callable from user space as soon as it is numbered there. */
#ifndef _SYS_SYSCALL_H
#define _SYS_SYSCALL_H

#include <asm/unistd_32.h>

long syscall(long number, ...);

#endif
