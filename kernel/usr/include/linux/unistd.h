/* linux/unistd.h - what a wrapper such as the lab's mykernelprint.h includes to get
 * __NR_* numbers: the kernel's own list, arch/x86/include/asm/unistd_32.h. */
#ifndef _LINUX_UNISTD_H
#define _LINUX_UNISTD_H

#include <asm/unistd_32.h>

long syscall(long number, ...);

#endif
