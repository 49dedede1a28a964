#ifndef _LINUX_ERRNO_H
#define _LINUX_ERRNO_H

/* The numbers user space sees live in asm/errno.h, shared with the libc. */
#include <asm/errno.h>

/* kernel-internal: never seen by user space */
#define ERESTARTSYS	512	/* restart the call if the handler has SA_RESTART */
#define ERESTARTNOINTR	513	/* always restart */
#define ERESTARTNOHAND	514	/* restart only if no handler ran */
#define ERESTART_RESTARTBLOCK 516

#define MAX_ERRNO	4095
#define IS_ERR_VALUE(x)	((unsigned long)(x) >= (unsigned long)-MAX_ERRNO)

#ifndef __ASSEMBLY__
static inline void *ERR_PTR(long error) { return (void *)error; }
static inline long PTR_ERR(const void *ptr) { return (long)ptr; }
static inline long IS_ERR(const void *ptr) { return IS_ERR_VALUE((unsigned long)ptr); }
#endif

#endif
