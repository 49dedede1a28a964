/* sys/ioctl.h - device control requests (terminal ones, as numbered by Linux). */
#ifndef _SYS_IOCTL_H
#define _SYS_IOCTL_H

/* the request numbers and struct winsize are the kernel's own, in
 * arch/x86/include/asm/termbits.h */
#include <asm/termbits.h>

int ioctl(int fd, unsigned long request, ...);

#endif
