/* libc.h - private to the libc: the raw system call entry and a few shared helpers.
 * Programs include the public headers in usr/include instead. */
#ifndef _LIBC_PRIVATE_H
#define _LIBC_PRIVATE_H

#include <sys/syscall.h>

/* Enter the kernel with the call number in EAX and up to six arguments in EBX, ECX,
 * EDX, ESI, EDI, EBP (syscall.S). Returns the kernel's raw result: -errno on error. */
long __sys(long nr, long a, long b, long c, long d, long e, long f);

/* Turns a raw result into the C convention: -1 with errno set, or the value. */
long __ret(long raw);

#define SYS0(n) __ret(__sys(n, 0, 0, 0, 0, 0, 0))
#define SYS1(n, a) __ret(__sys(n, (long)(a), 0, 0, 0, 0, 0))
#define SYS2(n, a, b) __ret(__sys(n, (long)(a), (long)(b), 0, 0, 0, 0))
#define SYS3(n, a, b, c) __ret(__sys(n, (long)(a), (long)(b), (long)(c), 0, 0, 0))
#define SYS4(n, a, b, c, d) __ret(__sys(n, (long)(a), (long)(b), (long)(c), (long)(d), 0, 0))

/* Where system calls enter the kernel: "int $0x80" by default (syscall.S), or the
 * kernel's __kernel_vsyscall (sysenter) when crt0 finds AT_SYSINFO in the aux vector. */
extern void *__vsyscall;

/* Flushes every open FILE (stdio.c); exit() calls it. */
void __stdio_exit(void);

#endif
