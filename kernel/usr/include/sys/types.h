/* sys/types.h - the kernel's names for ids, sizes and offsets (i386 sizes). */
#ifndef _SYS_TYPES_H
#define _SYS_TYPES_H

#include <stddef.h>

typedef int ssize_t;            /* a size, or -1 for an error */
typedef int pid_t;              /* process id */
typedef unsigned int uid_t;     /* user id */
typedef unsigned int gid_t;     /* group id */
typedef unsigned int mode_t;    /* file type and permission bits */
typedef long off_t;             /* file offset (32-bit: see lseek64 for more) */
typedef long long off64_t;
typedef unsigned long long dev_t;
typedef unsigned long long ino_t;
typedef unsigned int nlink_t;
typedef long time_t;            /* seconds since 1970-01-01 00:00 UTC */
typedef long suseconds_t;
typedef long clock_t;
typedef int clockid_t;

#endif
