/*
 * mm/mprotect.c: changing the protection of part of an address space.
 *
 * The areas covering [start, end) are split at the edges, get the new
 * flags, and every page already present gets its PTE's write bit set or
 * cleared to match (no execute bit on a 32-bit non-PAE PC: PROT_EXEC
 * only marks the area).
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/mman.h>
#include <linux/sched.h>
#include <linux/syscalls.h>
#include <linux/errno.h>
#include <asm/system.h>

/* split_vma - make an area boundary at @addr if one of the areas straddles it */
static int split_vma(struct mm_struct *mm, unsigned long addr)
{
	struct vm_area_struct *vma = find_vma(mm, addr);
	unsigned long end;

	if (!vma || vma->vm_start >= addr)
		return 0;
	end = vma->vm_end;
	vma->vm_end = addr;
	if (insert_vm_area(mm, addr, end, vma->vm_flags)) {
		vma->vm_end = end;
		return -ENOMEM;
	}
	return 0;
}

/* set_ptes_rw - the write bit of every present page in [start, end) */
static void set_ptes_rw(struct mm_struct *mm, unsigned long start, unsigned long end, int rw)
{
	unsigned long addr;
	pgd_t pde;
	pte_t *pte;

	for (addr = start; addr < end; addr += PAGE_SIZE) {
		pde = mm->pgd[pgd_index(addr)];
		if (!(pde & _PAGE_PRESENT))
			continue;
		pte = (pte_t *)__va(pde & PAGE_MASK) + pte_index(addr);
		if (*pte & _PAGE_PRESENT)
			*pte = rw ? (*pte | _PAGE_RW) : (*pte & ~_PAGE_RW);
	}
	__flush_tlb();
}

asmlinkage long sys_mprotect(unsigned long start, size_t len, unsigned long prot)
{
	struct mm_struct *mm = current->mm;
	unsigned long end = start + PAGE_ALIGN(len), flags = 0, addr;
	struct vm_area_struct *vma;
	int err;

	if ((start & ~PAGE_MASK) || end < start || end > TASK_SIZE ||
	    (prot & ~(PROT_READ | PROT_WRITE | PROT_EXEC)))
		return -EINVAL;
	if (end == start)
		return 0;
	/* the whole range must be mapped, with no hole */
	for (addr = start; addr < end; addr = vma->vm_end) {
		vma = find_vma(mm, addr);
		if (!vma || vma->vm_start > addr)
			return -ENOMEM;
	}
	err = split_vma(mm, start);
	if (!err)
		err = split_vma(mm, end);
	if (err)
		return err;
	if (prot & PROT_READ)
		flags |= VM_READ;
	if (prot & PROT_WRITE)
		flags |= VM_WRITE | VM_READ;
	if (prot & PROT_EXEC)
		flags |= VM_EXEC | VM_READ;
	for (vma = find_vma(mm, start); vma && vma->vm_start < end; vma = vma->vm_next)
		vma->vm_flags = (vma->vm_flags & VM_GROWSDOWN) | flags;
	set_ptes_rw(mm, start, end, (flags & VM_WRITE) != 0);
	return 0;
}
