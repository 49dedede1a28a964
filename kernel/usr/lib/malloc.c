/* malloc.c - a first-fit allocator over the program break.
 *
 * Every block starts with an 8-byte header holding its total size. Free blocks are
 * kept on a list sorted by address, so free() can merge a block with free neighbours
 * and the heap does not crumble into small pieces. When nothing fits, the heap grows
 * with sbrk() (or, if the kernel refuses, with an anonymous mmap()).
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <errno.h>
#include <sys/mman.h>

struct block {
	size_t size;            /* whole block, header included; a multiple of 8 */
	struct block *next;     /* next free block (only while free) */
};

#define HDR 8               /* user memory starts 8 bytes in: 8-byte aligned */
#define MIN_BLOCK 16
#define GROW (64 * 1024)    /* ask the kernel for at least this much at a time */

static struct block *free_list;

/* Puts b on the free list in address order and merges it with its neighbours. */
static void insert_free(struct block *b)
{
	struct block **pp = &free_list, *prev = 0;

	while (*pp && *pp < b) {
		prev = *pp;
		pp = &(*pp)->next;
	}
	b->next = *pp;
	*pp = b;
	if (b->next && (char *)b + b->size == (char *)b->next) {
		b->size += b->next->size;
		b->next = b->next->next;
	}
	if (prev && (char *)prev + prev->size == (char *)b) {
		prev->size += b->size;
		prev->next = b->next;
	}
}

/* Gets at least `need` bytes of fresh memory from the kernel onto the free list. */
static int grow(size_t need)
{
	size_t n = need < GROW ? GROW : (need + 4095) & ~4095u;
	void *p = sbrk(n);
	struct block *b;

	if (p == (void *)-1) {
		p = mmap(0, n, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		if (p == MAP_FAILED)
			return -1;
	}
	b = p;
	b->size = n;
	insert_free(b);
	return 0;
}

void *malloc(size_t n)
{
	struct block **pp, *b;
	size_t need;

	if (n > 0x7ffffff0u) {
		errno = ENOMEM;
		return 0;
	}
	need = (n + HDR + 7) & ~7u;
	if (need < MIN_BLOCK)
		need = MIN_BLOCK;
	for (;;) {
		for (pp = &free_list; (b = *pp); pp = &b->next) {
			if (b->size < need)
				continue;
			if (b->size - need >= MIN_BLOCK) {   /* split: keep the tail free */
				struct block *rest = (struct block *)((char *)b + need);

				rest->size = b->size - need;
				rest->next = b->next;
				*pp = rest;
				b->size = need;
			} else {
				*pp = b->next;
			}
			return (char *)b + HDR;
		}
		if (grow(need) < 0) {
			errno = ENOMEM;
			return 0;
		}
	}
}

void free(void *p)
{
	if (p)
		insert_free((struct block *)((char *)p - HDR));
}

void *calloc(size_t count, size_t size)
{
	void *p;

	if (size && count > 0xffffffffu / size) {
		errno = ENOMEM;
		return 0;
	}
	p = malloc(count * size);
	if (p)
		memset(p, 0, count * size);
	return p;
}

/* Keeps the block when it is already big enough; otherwise moves the data. */
void *realloc(void *p, size_t n)
{
	struct block *b;
	void *q;

	if (!p)
		return malloc(n);
	if (n == 0) {
		free(p);
		return 0;
	}
	b = (struct block *)((char *)p - HDR);
	if (b->size - HDR >= n)
		return p;
	q = malloc(n);
	if (q) {
		memcpy(q, p, b->size - HDR);
		free(p);
	}
	return q;
}
