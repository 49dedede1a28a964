#ifndef _LINUX_SLAB_H
#define _LINUX_SLAB_H

#include <linux/types.h>

/* kmalloc: small objects carved out of pages (mm/slab.c) */
void *kmalloc(size_t size, int flags);
void *kzalloc(size_t size, int flags);
void kfree(const void *p);

#define GFP_KERNEL	0

#endif
