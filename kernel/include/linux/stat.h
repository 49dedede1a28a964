#ifndef _LINUX_STAT_H
#define _LINUX_STAT_H

/* The mode bits and the i386 stat structures live in asm/stat.h, shared with the libc. */
#include <asm/stat.h>

#endif
