/* stdarg.h - walking a variable argument list.
 * GCC has builtins for this; TinyCC on i386 passes every argument on the stack in
 * 4-byte slots, so a plain char pointer that steps over the slots does the job. */
#ifndef _STDARG_H
#define _STDARG_H

#ifdef __TINYC__
typedef char *va_list;
#define __va_slot(type) ((sizeof(type) + 3) & ~3)
#define va_start(ap, last) ((ap) = (char *)&(last) + __va_slot(last))
#define va_arg(ap, type) ((ap) += __va_slot(type), *(type *)((ap) - __va_slot(type)))
#define va_copy(dst, src) ((dst) = (src))
#define va_end(ap) ((void)0)
#else
typedef __builtin_va_list va_list;
#define va_start(ap, last) __builtin_va_start(ap, last)
#define va_arg(ap, type) __builtin_va_arg(ap, type)
#define va_copy(dst, src) __builtin_va_copy(dst, src)
#define va_end(ap) __builtin_va_end(ap)
#endif

#endif
