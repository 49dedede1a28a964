#ifndef _ASM_X86_PAGE_H
#define _ASM_X86_PAGE_H

/*
 * The 3 GiB / 1 GiB split: user space below PAGE_OFFSET, the kernel above,
 * with all of low physical memory mapped 1:1 at PAGE_OFFSET.
 */
#define PAGE_SHIFT	12
#ifdef __ASSEMBLY__
#define PAGE_SIZE	(1 << PAGE_SHIFT)
#else
#define PAGE_SIZE	(1UL << PAGE_SHIFT)
#endif
#define PAGE_MASK	(~(PAGE_SIZE - 1))
#define THREAD_SIZE	8192		/* kernel stack + thread_info, 8 KiB aligned */

#ifdef __ASSEMBLY__
#define __PAGE_OFFSET	0xC0000000
#else
#define __PAGE_OFFSET	0xC0000000UL
#endif
#define PAGE_OFFSET	__PAGE_OFFSET
#define TASK_SIZE	PAGE_OFFSET
#define MAXMEM		(896UL << 20)	/* low memory the kernel maps directly */

#ifndef __ASSEMBLY__
#define __pa(x)		((unsigned long)(x) - PAGE_OFFSET)
#define __va(x)		((void *)((unsigned long)(x) + PAGE_OFFSET))
#define PAGE_ALIGN(x)	(((x) + PAGE_SIZE - 1) & PAGE_MASK)
#endif

#endif
