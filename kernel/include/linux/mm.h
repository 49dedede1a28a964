#ifndef _LINUX_MM_H
#define _LINUX_MM_H

/*
 * Memory: physical pages, and the address space of a process.
 */
#include <linux/kernel.h>
#include <asm/page.h>

/* ---- physical pages (mm/page_alloc.c) ---- */

/* one per physical page, indexed by page frame number (mem_map) */
struct page {
	unsigned char flags;		/* PG_* */
	unsigned char order;		/* for the first page of a block */
	unsigned short slab_size;	/* kmalloc object size, 0 if not a kmalloc page */
};

#define PG_reserved	0x01		/* kernel image, boot data: never free */
#define PG_free		0x02		/* in the free pool */

extern struct page *mem_map;
extern unsigned long nr_free_pages_count, totalram_pages;

#define virt_to_page(v)	(&mem_map[__pa(v) >> PAGE_SHIFT])

void mem_init(void);
unsigned long __get_free_pages(unsigned int order);	/* virtual address, or 0 */
unsigned long get_zeroed_page(void);
void free_pages(unsigned long addr, unsigned int order);
#define __get_free_page()	__get_free_pages(0)
#define free_page(addr)		free_pages((addr), 0)

/* ---- page tables: two levels, 4 KiB pages ---- */

typedef unsigned long pgd_t;
typedef unsigned long pte_t;

#define _PAGE_PRESENT	0x001
#define _PAGE_RW	0x002
#define _PAGE_USER	0x004
#define _PAGE_ACCESSED	0x020
#define _PAGE_DIRTY	0x040
#define _PAGE_TABLE	(_PAGE_PRESENT | _PAGE_RW | _PAGE_USER)
#define _KERNPG_TABLE	(_PAGE_PRESENT | _PAGE_RW)

#define PGDIR_SHIFT	22
#define PTRS_PER_PGD	1024
#define PTRS_PER_PTE	1024
#define USER_PGD_PTRS	(PAGE_OFFSET >> PGDIR_SHIFT)	/* 768 */
#define pgd_index(a)	((a) >> PGDIR_SHIFT)
#define pte_index(a)	(((a) >> PAGE_SHIFT) & (PTRS_PER_PTE - 1))

extern pgd_t swapper_pg_dir[PTRS_PER_PGD];

/* ---- the address space of a process (mm/mmap.c, mm/memory.c) ---- */

#define VM_READ		0x0001
#define VM_WRITE	0x0002
#define VM_EXEC		0x0004
#define VM_GROWSDOWN	0x0100		/* the stack */

struct vm_area_struct {
	unsigned long vm_start;		/* first address */
	unsigned long vm_end;		/* first address after */
	unsigned long vm_flags;
	struct vm_area_struct *vm_next;	/* sorted by address */
};

struct mm_struct {
	pgd_t *pgd;			/* its page directory */
	struct vm_area_struct *mmap;	/* its areas */
	unsigned long start_code, end_code, start_data, end_data;
	unsigned long start_brk, brk, start_stack;
	unsigned long arg_start, arg_end, env_start, env_end;
	unsigned long mmap_base;	/* where the next anonymous mmap goes */
};

#define STACK_TOP	TASK_SIZE
#define STACK_LIMIT	(8UL << 20)	/* the stack may grow to 8 MiB */
#define TASK_UNMAPPED_BASE	0x40000000UL

struct mm_struct *mm_alloc(void);
struct mm_struct *dup_mm(struct mm_struct *old);
void mmput(struct mm_struct *mm);
void switch_mm(struct mm_struct *mm);
struct vm_area_struct *find_vma(struct mm_struct *mm, unsigned long addr);
int insert_vm_area(struct mm_struct *mm, unsigned long start, unsigned long end,
		   unsigned long flags);
int do_munmap(struct mm_struct *mm, unsigned long start, unsigned long len);
unsigned long do_brk(unsigned long addr, unsigned long len);
void *user_page_address(struct mm_struct *mm, unsigned long addr, int write);
int handle_mm_fault(struct mm_struct *mm, unsigned long address, int write);
void unmap_range(struct mm_struct *mm, unsigned long start, unsigned long end);
void map_vsyscall(void);

#endif
