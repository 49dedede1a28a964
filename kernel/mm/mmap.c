/*
 * mm/mmap.c: the areas of an address space, brk() and anonymous mmap().
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/sched.h>
#include <linux/uaccess.h>
#include <linux/syscalls.h>
#include <linux/errno.h>
#include <linux/mman.h>

/* find_vma - the first area that ends above @addr (it may start above it too) */
struct vm_area_struct *find_vma(struct mm_struct *mm, unsigned long addr)
{
	struct vm_area_struct *vma;

	for (vma = mm ? mm->mmap : NULL; vma; vma = vma->vm_next)
		if (addr < vma->vm_end)
			return vma;
	return NULL;
}

/* insert_vm_area - add [start, end) to @mm; the range must be free */
int insert_vm_area(struct mm_struct *mm, unsigned long start, unsigned long end,
		   unsigned long flags)
{
	struct vm_area_struct *vma, **pp;

	vma = kmalloc(sizeof(*vma), GFP_KERNEL);
	if (!vma)
		return -ENOMEM;
	vma->vm_start = start;
	vma->vm_end = end;
	vma->vm_flags = flags;
	for (pp = &mm->mmap; *pp && (*pp)->vm_start < start; pp = &(*pp)->vm_next)
		;
	vma->vm_next = *pp;
	*pp = vma;
	return 0;
}

/* range_is_free - no area overlaps [start, end) */
static int range_is_free(struct mm_struct *mm, unsigned long start, unsigned long end)
{
	struct vm_area_struct *vma = find_vma(mm, start);

	return !vma || vma->vm_start >= end;
}

/*
 * do_munmap - remove [start, start+len) from @mm, splitting areas that
 * straddle an edge of the range
 */
int do_munmap(struct mm_struct *mm, unsigned long start, unsigned long len)
{
	unsigned long end = start + PAGE_ALIGN(len);
	struct vm_area_struct *vma, **pp;

	if ((start & ~PAGE_MASK) || len == 0 || start >= TASK_SIZE || end > TASK_SIZE || end < start)
		return -EINVAL;
	for (pp = &mm->mmap; (vma = *pp);) {
		if (vma->vm_end <= start || vma->vm_start >= end) {
			pp = &vma->vm_next;
			continue;
		}
		if (vma->vm_start < start && vma->vm_end > end &&
		    insert_vm_area(mm, end, vma->vm_end, vma->vm_flags))
			return -ENOMEM;
		unmap_range(mm, max(vma->vm_start, start), min(vma->vm_end, end));
		if (vma->vm_start < start) {
			vma->vm_end = start;
			pp = &vma->vm_next;
		} else if (vma->vm_end > end) {
			vma->vm_start = end;
			pp = &vma->vm_next;
		} else {
			*pp = vma->vm_next;
			kfree(vma);
		}
	}
	return 0;
}

/* get_unmapped_area - a free range of @len bytes at or above mmap_base */
static unsigned long get_unmapped_area(struct mm_struct *mm, unsigned long len)
{
	unsigned long addr = mm->mmap_base;
	struct vm_area_struct *vma;

	for (vma = find_vma(mm, addr); ; vma = vma->vm_next) {
		if (addr + len > TASK_SIZE - STACK_LIMIT || addr + len < addr)
			return -ENOMEM;
		if (!vma || addr + len <= vma->vm_start)
			return addr;
		addr = vma->vm_end;
	}
}

/*
 * sys_mmap_pgoff - mmap2(2): anonymous private or shared memory only
 * (there are no files on disk to map). Pages arrive zeroed on first touch.
 * The parameters are never assigned to: they are the user's saved registers
 * (struct pt_regs), and tcc keeps parameters in their stack slots, so a new
 * value there would come back to the user in EBX or ECX.
 */
asmlinkage long sys_mmap_pgoff(unsigned long addr, unsigned long len, unsigned long prot,
			       unsigned long flags, unsigned long fd, unsigned long pgoff)
{
	struct mm_struct *mm = current->mm;
	unsigned long vm_flags = 0, start = addr, size = PAGE_ALIGN(len);

	if (!(flags & MAP_ANONYMOUS))
		return -ENODEV;
	if (len == 0 || size < len || size > TASK_SIZE)
		return -EINVAL;
	if (prot & PROT_READ)
		vm_flags |= VM_READ;
	if (prot & PROT_WRITE)
		vm_flags |= VM_WRITE | VM_READ;
	if (prot & PROT_EXEC)
		vm_flags |= VM_EXEC | VM_READ;
	if (flags & MAP_FIXED) {
		if ((start & ~PAGE_MASK) || start + size > TASK_SIZE || start + size < start)
			return -EINVAL;
		do_munmap(mm, start, size);
	} else {
		start = get_unmapped_area(mm, size);
		if (IS_ERR_VALUE(start))
			return start;
	}
	if (insert_vm_area(mm, start, start + size, vm_flags))
		return -ENOMEM;
	return start;
}

struct mmap_arg_struct {
	unsigned long addr, len, prot, flags, fd, offset;
};

/* sys_old_mmap - mmap(2) number 90: the arguments come in a block in memory */
asmlinkage long sys_old_mmap(struct mmap_arg_struct __user *arg)
{
	struct mmap_arg_struct a;

	if (copy_from_user(&a, arg, sizeof(a)))
		return -EFAULT;
	if (a.offset & ~PAGE_MASK)
		return -EINVAL;
	return sys_mmap_pgoff(a.addr, a.len, a.prot, a.flags, a.fd, a.offset >> PAGE_SHIFT);
}

asmlinkage long sys_munmap(unsigned long addr, size_t len)
{
	return do_munmap(current->mm, addr, len);
}

/*
 * sys_brk - move the end of the heap; returns the new end, or the old one
 * when the request cannot be met (that is how brk(2) reports failure)
 */
asmlinkage long sys_brk(unsigned long brk)
{
	struct mm_struct *mm = current->mm;
	unsigned long newbrk = PAGE_ALIGN(brk), oldbrk = PAGE_ALIGN(mm->brk);
	struct vm_area_struct *heap;

	if (brk < mm->start_brk || brk >= TASK_SIZE - STACK_LIMIT)
		return mm->brk;
	if (newbrk == oldbrk) {
		mm->brk = brk;
		return brk;
	}
	if (newbrk < oldbrk) {
		do_munmap(mm, newbrk, oldbrk - newbrk);
		mm->brk = brk;
		return brk;
	}
	if (!range_is_free(mm, oldbrk, newbrk))
		return mm->brk;
	/* grow the heap area if it ends at the old break, else start one */
	heap = find_vma(mm, oldbrk - 1);
	if (heap && heap->vm_end == oldbrk && heap->vm_start >= mm->start_brk)
		heap->vm_end = newbrk;
	else if (insert_vm_area(mm, oldbrk, newbrk, VM_READ | VM_WRITE))
		return mm->brk;
	mm->brk = brk;
	return brk;
}
