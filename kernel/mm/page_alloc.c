/*
 * mm/page_alloc.c: the physical page allocator.
 *
 * Every page of low memory has a struct page in mem_map. Free pages carry
 * PG_free; an allocation of 2^order pages looks for a naturally aligned run
 * of free pages, starting from a rotating hint. Simple and slow-ish, but a
 * teaching kernel with 128 MiB has only 32768 pages to look at.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/mm.h>
#include <linux/bootmem.h>
#include <linux/init.h>
#include <asm/system.h>

struct page *mem_map;
unsigned long nr_free_pages_count, totalram_pages;
static unsigned long alloc_hint;

void __init mem_init(void)
{
	unsigned long pfn, size = max_low_pfn * sizeof(struct page);

	mem_map = alloc_bootmem_pages(size);
	for (pfn = 0; pfn < max_low_pfn; pfn++) {
		/* below 1 MiB: BIOS areas; then the kernel, the initrd, boot data */
		if (pfn < 256 || pfn < min_low_pfn) {
			mem_map[pfn].flags = PG_reserved;
			continue;
		}
		mem_map[pfn].flags = PG_free;
		nr_free_pages_count++;
	}
	totalram_pages = nr_free_pages_count;
	alloc_hint = min_low_pfn;
	printk(KERN_INFO "Memory: %luk available\n", nr_free_pages_count << (PAGE_SHIFT - 10));
}

static int run_is_free(unsigned long pfn, unsigned long n)
{
	unsigned long i;

	for (i = 0; i < n; i++)
		if (!(mem_map[pfn + i].flags & PG_free))
			return 0;
	return 1;
}

/* __get_free_pages - 2^order contiguous pages, or 0 when memory is exhausted */
unsigned long __get_free_pages(unsigned int order)
{
	unsigned long n = 1UL << order, pfn, tries, i, flags;

	local_irq_save(flags);
	pfn = alloc_hint & ~(n - 1);
	for (tries = 0; tries < max_low_pfn; tries += n, pfn += n) {
		if (pfn + n > max_low_pfn)
			pfn = 0;
		if (!run_is_free(pfn, n))
			continue;
		for (i = 0; i < n; i++) {
			mem_map[pfn + i].flags = 0;
			mem_map[pfn + i].slab_size = 0;
		}
		mem_map[pfn].order = order;
		nr_free_pages_count -= n;
		alloc_hint = pfn + n;
		local_irq_restore(flags);
		return (unsigned long)__va(pfn << PAGE_SHIFT);
	}
	local_irq_restore(flags);
	return 0;
}

unsigned long get_zeroed_page(void)
{
	unsigned long page = __get_free_pages(0);

	if (page)
		memset((void *)page, 0, PAGE_SIZE);
	return page;
}

void free_pages(unsigned long addr, unsigned int order)
{
	unsigned long pfn = __pa(addr) >> PAGE_SHIFT, i, flags;

	if (!addr)
		return;
	BUG_ON(pfn >= max_low_pfn || (mem_map[pfn].flags & (PG_free | PG_reserved)));
	local_irq_save(flags);
	for (i = 0; i < (1UL << order); i++)
		mem_map[pfn + i].flags = PG_free;
	nr_free_pages_count += 1UL << order;
	local_irq_restore(flags);
}
