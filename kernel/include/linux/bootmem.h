#ifndef _LINUX_BOOTMEM_H
#define _LINUX_BOOTMEM_H

/* What setup_arch() learnt about physical memory (all physical addresses). */
extern unsigned long max_low_pfn;	/* end of directly mapped RAM, in pages */
extern unsigned long min_low_pfn;	/* first page free after the kernel and initrd */
extern unsigned long initrd_start;	/* virtual address of the initramfs */
extern unsigned long initrd_end;

/* early allocation of zeroed pages before the page allocator runs */
void *alloc_bootmem_pages(unsigned long size);

#endif
