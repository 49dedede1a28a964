/*
 * mm/slab.c: kmalloc() and kfree().
 *
 * Sizes up to 2048 bytes come from per-size caches (32, 64, ..., 2048): a
 * page is cut into equal objects kept on a free list, and the page's
 * struct page remembers the object size so kfree() needs only the pointer.
 * Bigger requests get whole pages.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <asm/system.h>

#define MIN_SHIFT	5
#define MAX_SHIFT	11
#define NR_CACHES	(MAX_SHIFT - MIN_SHIFT + 1)

struct free_obj {
	struct free_obj *next;
};

static struct free_obj *free_lists[NR_CACHES];

static int cache_index(size_t size)
{
	int i = 0;

	while ((1U << (i + MIN_SHIFT)) < size)
		i++;
	return i;
}

/* refill - cut a fresh page into objects of cache @i */
static int refill(int i)
{
	unsigned long page = __get_free_page(), off, size = 1UL << (i + MIN_SHIFT);
	struct free_obj *obj;

	if (!page)
		return -1;
	virt_to_page(page)->slab_size = size;
	for (off = 0; off < PAGE_SIZE; off += size) {
		obj = (struct free_obj *)(page + off);
		obj->next = free_lists[i];
		free_lists[i] = obj;
	}
	return 0;
}

static unsigned int size_order(size_t size)
{
	unsigned int order = 0;

	while ((PAGE_SIZE << order) < size)
		order++;
	return order;
}

void *kmalloc(size_t size, int flags)
{
	struct free_obj *obj;
	unsigned long irqflags;
	int i;

	if (size > (1U << MAX_SHIFT))
		return (void *)__get_free_pages(size_order(size));
	i = cache_index(size ? size : 1);
	local_irq_save(irqflags);
	if (!free_lists[i] && refill(i) < 0) {
		local_irq_restore(irqflags);
		return NULL;
	}
	obj = free_lists[i];
	free_lists[i] = obj->next;
	local_irq_restore(irqflags);
	return obj;
}

void *kzalloc(size_t size, int flags)
{
	void *p = kmalloc(size, flags);

	if (p)
		memset(p, 0, size);
	return p;
}

void kfree(const void *p)
{
	struct page *page;
	struct free_obj *obj = (struct free_obj *)p;
	unsigned long irqflags;

	if (!p)
		return;
	page = virt_to_page(p);
	if (!page->slab_size) {
		free_pages((unsigned long)p, page->order);
		return;
	}
	local_irq_save(irqflags);
	obj->next = free_lists[cache_index(page->slab_size)];
	free_lists[cache_index(page->slab_size)] = obj;
	local_irq_restore(irqflags);
}
