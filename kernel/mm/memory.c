/*
 * mm/memory.c: user page tables.
 *
 * User memory is allocated on first touch: the page fault handler (or
 * copy_to_user()/copy_from_user(), which check before they touch) calls
 * handle_mm_fault(), which finds the area the address belongs to and maps
 * a fresh zeroed page there. fork() copies every present page (no
 * copy-on-write: clarity over speed).
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/sched.h>
#include <linux/errno.h>
#include <asm/system.h>

/* lookup_pte - the PTE for @addr, allocating its page table if @alloc */
static pte_t *lookup_pte(pgd_t *pgd, unsigned long addr, int alloc)
{
	pgd_t *pde = &pgd[pgd_index(addr)];
	unsigned long table;

	if (!(*pde & _PAGE_PRESENT)) {
		if (!alloc || !(table = get_zeroed_page()))
			return NULL;
		*pde = __pa(table) | _PAGE_TABLE;
	}
	return (pte_t *)__va(*pde & PAGE_MASK) + pte_index(addr);
}

/*
 * handle_mm_fault - make @address usable for a read (or a @write)
 * Returns 0 when the page is mapped, -EFAULT when the address is not part
 * of the process or the access is not allowed there.
 */
int handle_mm_fault(struct mm_struct *mm, unsigned long address, int write)
{
	struct vm_area_struct *vma = find_vma(mm, address);
	unsigned long page;
	pte_t *pte;

	if (!vma)
		return -EFAULT;
	if (address < vma->vm_start) {
		/* the stack grows down on demand, up to STACK_LIMIT */
		if (!(vma->vm_flags & VM_GROWSDOWN) || address < vma->vm_end - STACK_LIMIT)
			return -EFAULT;
		vma->vm_start = address & PAGE_MASK;
	}
	if ((write && !(vma->vm_flags & VM_WRITE)) || !(vma->vm_flags & (VM_READ | VM_EXEC)))
		return -EFAULT;
	pte = lookup_pte(mm->pgd, address, 1);
	if (!pte)
		return -ENOMEM;
	if (*pte & _PAGE_PRESENT)
		return 0;	/* a page raced in, or a protection fault we already refused */
	page = get_zeroed_page();
	if (!page)
		return -ENOMEM;
	*pte = __pa(page) | _PAGE_PRESENT | _PAGE_USER | ((vma->vm_flags & VM_WRITE) ? _PAGE_RW : 0);
	return 0;
}

/*
 * user_page_address - the kernel address of user byte @addr, or NULL
 * Faults the page in if the process may have it.
 */
void *user_page_address(struct mm_struct *mm, unsigned long addr, int write)
{
	pte_t *pte;

	if (!mm || addr >= TASK_SIZE)
		return NULL;
	pte = lookup_pte(mm->pgd, addr, 0);
	if (!pte || !(*pte & _PAGE_PRESENT) || (write && !(*pte & _PAGE_RW))) {
		if (handle_mm_fault(mm, addr, write))
			return NULL;
		pte = lookup_pte(mm->pgd, addr, 0);
		if (write && !(*pte & _PAGE_RW))
			return NULL;
	}
	return (char *)__va(*pte & PAGE_MASK) + (addr & ~PAGE_MASK);
}

/* unmap_range - free the pages mapped in [start, end) */
void unmap_range(struct mm_struct *mm, unsigned long start, unsigned long end)
{
	unsigned long addr;
	pte_t *pte;

	for (addr = start & PAGE_MASK; addr < end; addr += PAGE_SIZE) {
		if (!(mm->pgd[pgd_index(addr)] & _PAGE_PRESENT)) {
			addr = (addr | ((1UL << PGDIR_SHIFT) - 1)) + 1 - PAGE_SIZE;
			continue;
		}
		pte = lookup_pte(mm->pgd, addr, 0);
		if (*pte & _PAGE_PRESENT)
			free_page((unsigned long)__va(*pte & PAGE_MASK));
		*pte = 0;
	}
	if (mm == current->mm)
		__flush_tlb();
}

struct mm_struct *mm_alloc(void)
{
	struct mm_struct *mm = kzalloc(sizeof(*mm), GFP_KERNEL);

	if (!mm)
		return NULL;
	mm->pgd = (pgd_t *)get_zeroed_page();
	if (!mm->pgd) {
		kfree(mm);
		return NULL;
	}
	/* share the kernel's page tables: the top quarter of every address space */
	memcpy(mm->pgd + USER_PGD_PTRS, swapper_pg_dir + USER_PGD_PTRS,
	       (PTRS_PER_PGD - USER_PGD_PTRS) * sizeof(pgd_t));
	mm->mmap_base = TASK_UNMAPPED_BASE;
	return mm;
}

/* copy_pages - give @new a private copy of every page @old has in @vma */
static int copy_pages(struct mm_struct *new, struct mm_struct *old, struct vm_area_struct *vma)
{
	unsigned long addr, page;
	pte_t *src, *dst;

	for (addr = vma->vm_start; addr < vma->vm_end; addr += PAGE_SIZE) {
		src = lookup_pte(old->pgd, addr, 0);
		if (!src || !(*src & _PAGE_PRESENT))
			continue;
		dst = lookup_pte(new->pgd, addr, 1);
		page = __get_free_page();
		if (!dst || !page)
			return -ENOMEM;
		memcpy((void *)page, __va(*src & PAGE_MASK), PAGE_SIZE);
		*dst = __pa(page) | (*src & ~PAGE_MASK);
	}
	return 0;
}

/* dup_mm - the address space of a fork()ed child */
struct mm_struct *dup_mm(struct mm_struct *old)
{
	struct mm_struct *mm = mm_alloc();
	struct vm_area_struct *vma;
	pgd_t *pgd;

	if (!mm)
		return NULL;
	pgd = mm->pgd;
	*mm = *old;
	mm->pgd = pgd;
	mm->mmap = NULL;
	for (vma = old->mmap; vma; vma = vma->vm_next) {
		if (insert_vm_area(mm, vma->vm_start, vma->vm_end, vma->vm_flags) ||
		    copy_pages(mm, old, vma)) {
			mmput(mm);
			return NULL;
		}
	}
	return mm;
}

/* mmput - tear down an address space: pages, page tables, areas */
void mmput(struct mm_struct *mm)
{
	struct vm_area_struct *vma, *next;
	unsigned long i;

	if (!mm)
		return;
	for (vma = mm->mmap; vma; vma = next) {
		next = vma->vm_next;
		unmap_range(mm, vma->vm_start, vma->vm_end);
		kfree(vma);
	}
	for (i = 0; i < USER_PGD_PTRS; i++)
		if (mm->pgd[i] & _PAGE_PRESENT)
			free_page((unsigned long)__va(mm->pgd[i] & PAGE_MASK));
	free_page((unsigned long)mm->pgd);
	kfree(mm);
}

void switch_mm(struct mm_struct *mm)
{
	write_cr3(__pa(mm ? mm->pgd : swapper_pg_dir));
}
