#ifndef _LINUX_STDARG_H
#define _LINUX_STDARG_H

/*
 * Variable arguments without the compiler's own <stdarg.h> (the kernel is
 * built with -nostdinc). On i386 every argument is on the stack, which is
 * what tcc's va_list relies on; GCC wants its builtins.
 */
#ifdef __TINYC__
typedef char *va_list;
#define __va_size(t)		((sizeof(t) + 3) & ~3)
#define va_start(ap, last)	((ap) = (char *)&(last) + __va_size(last))
#define va_arg(ap, t)		(*(t *)(((ap) += __va_size(t)) - __va_size(t)))
#define va_end(ap)		((void)0)
#else
typedef __builtin_va_list va_list;
#define va_start(ap, last)	__builtin_va_start(ap, last)
#define va_arg(ap, t)		__builtin_va_arg(ap, t)
#define va_end(ap)		__builtin_va_end(ap)
#endif

#endif
