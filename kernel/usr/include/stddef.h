/* stddef.h - basic types every C program needs (i386: 32-bit pointers). */
#ifndef _STDDEF_H
#define _STDDEF_H

typedef unsigned int size_t;     /* result of sizeof */
typedef int ptrdiff_t;           /* difference of two pointers */
typedef int wchar_t;

#define NULL ((void *)0)
#define offsetof(type, member) ((size_t)&((type *)0)->member)

#endif
