#ifndef _LINUX_COMPILER_H
#define _LINUX_COMPILER_H

/* marks a user-space pointer: never dereference it without copy_from_user() */
#define __user
#define likely(x)	__builtin_expect(!!(x), 1)
#define unlikely(x)	__builtin_expect(!!(x), 0)
#define __noreturn	__attribute__((noreturn))
#define __packed	__attribute__((packed))
#define __aligned(x)	__attribute__((aligned(x)))
#define barrier()	asm volatile("" : : : "memory")

#endif
