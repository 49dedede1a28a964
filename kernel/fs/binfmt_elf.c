/*
 * fs/binfmt_elf.c: loading a static ELF32 i386 program.
 *
 * The PT_LOAD segments become areas of a fresh address space (the program
 * is linked at 0x08048000 by convention, but we map whatever it asks for
 * below PAGE_OFFSET); their file bytes are copied in, the rest (.bss) is
 * zero. The stack is laid out as on Linux, from the top down:
 *
 *	argv and envp strings, "i686", 16 random bytes
 *	(padding to 16 bytes)
 *	auxv pairs (AT_SYSINFO, AT_HWCAP, AT_PAGESZ, ... AT_NULL)
 *	envp[] NULL
 *	argv[] NULL
 *	argc				<- ESP at the program's first instruction
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/slab.h>
#include <linux/mm.h>
#include <linux/sched.h>
#include <linux/fs.h>
#include <linux/elf.h>
#include <linux/binfmts.h>
#include <linux/time.h>
#include <linux/uaccess.h>
#include <linux/errno.h>
#include <asm/msr.h>
#include <asm/vsyscall.h>

#define MAX_PHDRS	16
#define STACK_INITIAL	(128UL << 10)	/* mapped at exec; it grows on demand below */

static int check_header(Elf32_Ehdr *eh)
{
	if (memcmp(eh->e_ident, ELFMAG, 4) || eh->e_ident[4] != ELFCLASS32 ||
	    eh->e_type != ET_EXEC || eh->e_machine != EM_386 ||
	    eh->e_phentsize != sizeof(Elf32_Phdr) || eh->e_phnum == 0 || eh->e_phnum > MAX_PHDRS)
		return -ENOEXEC;
	return 0;
}

static int check_segment(Elf32_Phdr *ph)
{
	if (ph->p_filesz > ph->p_memsz || ph->p_vaddr + ph->p_memsz < ph->p_vaddr ||
	    ph->p_vaddr + ph->p_memsz > TASK_SIZE - STACK_LIMIT ||
	    (ph->p_vaddr & ~PAGE_MASK) != (ph->p_offset & ~PAGE_MASK))
		return -ENOEXEC;
	return 0;
}

/* map one PT_LOAD segment and copy its file bytes in */
static int load_segment(struct mm_struct *mm, struct file *file, Elf32_Phdr *ph)
{
	unsigned long start = ph->p_vaddr & PAGE_MASK, end = PAGE_ALIGN(ph->p_vaddr + ph->p_memsz);
	unsigned long flags = 0, addr, chunk;
	struct vm_area_struct *vma = find_vma(mm, start);
	char *kaddr;
	loff_t off = ph->p_offset;

	if (ph->p_flags & PF_R)
		flags |= VM_READ;
	if (ph->p_flags & PF_W)
		flags |= VM_WRITE | VM_READ;
	if (ph->p_flags & PF_X)
		flags |= VM_EXEC | VM_READ;
	if (vma && vma->vm_start < end) {
		/* shares a page with the previous segment: widen that area */
		vma->vm_flags |= flags;
		if (end > vma->vm_end)
			vma->vm_end = end;
	} else if (insert_vm_area(mm, start, end, flags)) {
		return -ENOMEM;
	}
	for (addr = ph->p_vaddr; addr < ph->p_vaddr + ph->p_filesz; addr += chunk, off += chunk) {
		chunk = min(PAGE_SIZE - (addr & ~PAGE_MASK), ph->p_vaddr + ph->p_filesz - addr);
		kaddr = user_page_address(mm, addr, 0);
		if (!kaddr || kernel_read(file, off, kaddr, chunk) != (ssize_t)chunk)
			return -EIO;
	}
	return 0;
}

static int put_word(unsigned long *sp, unsigned long v)
{
	*sp -= 4;
	return copy_to_user((void __user *)*sp, &v, 4) ? -EFAULT : 0;
}

/* build argc/argv/envp/auxv on the new stack; returns the initial ESP, 0 on a fault */
static unsigned long create_elf_tables(struct linux_binprm *bprm, Elf32_Ehdr *eh, unsigned long phdr_addr)
{
	struct mm_struct *mm = current->mm;
	unsigned long p = STACK_TOP, strings, platform, random, auxv[40], sp;
	unsigned int a, b, c, d;
	unsigned long items, i, n = 0, s;
	u32 rnd[4] = { jiffies * 2654435761U, 0x9e3779b9, (u32)get_seconds(), current->pid };

	p -= bprm->strings_len;
	strings = p;
	if (copy_to_user((void __user *)strings, bprm->strings, bprm->strings_len))
		return 0;
	p -= 8;
	platform = p;
	if (copy_to_user((void __user *)platform, "i686", 5))
		return 0;
	p -= 16;
	random = p;
	if (copy_to_user((void __user *)random, rnd, 16))
		return 0;
	cpuid(1, &a, &b, &c, &d);

#define NEW_AUX_ENT(id, val) do { auxv[n++] = (id); auxv[n++] = (val); } while (0)
	NEW_AUX_ENT(AT_SYSINFO, vsyscall_entry());
	NEW_AUX_ENT(AT_HWCAP, d);
	NEW_AUX_ENT(AT_PAGESZ, PAGE_SIZE);
	NEW_AUX_ENT(AT_CLKTCK, HZ);
	NEW_AUX_ENT(AT_PHDR, phdr_addr);
	NEW_AUX_ENT(AT_PHENT, sizeof(Elf32_Phdr));
	NEW_AUX_ENT(AT_PHNUM, eh->e_phnum);
	NEW_AUX_ENT(AT_BASE, 0);
	NEW_AUX_ENT(AT_FLAGS, 0);
	NEW_AUX_ENT(AT_ENTRY, eh->e_entry);
	NEW_AUX_ENT(AT_UID, 0);
	NEW_AUX_ENT(AT_EUID, 0);
	NEW_AUX_ENT(AT_GID, 0);
	NEW_AUX_ENT(AT_EGID, 0);
	NEW_AUX_ENT(AT_SECURE, 0);
	NEW_AUX_ENT(AT_RANDOM, random);
	NEW_AUX_ENT(AT_EXECFN, strings);
	NEW_AUX_ENT(AT_PLATFORM, platform);
	NEW_AUX_ENT(AT_NULL, 0);
#undef NEW_AUX_ENT

	/* argc + argv[] + NULL + envp[] + NULL + auxv, with ESP 16-byte aligned */
	items = 1 + bprm->argc + 1 + bprm->envc + 1 + n;
	sp = ((p - items * 4) & ~15UL) + items * 4;
	for (i = n; i > 0; i--)
		if (put_word(&sp, auxv[i - 1]))
			return 0;
	if (put_word(&sp, 0))			/* envp terminator */
		return 0;
	s = strings;
	mm->arg_start = strings;
	for (i = 0; i < (unsigned long)bprm->argc; i++)
		s += strlen(bprm->strings + (s - strings)) + 1;
	mm->arg_end = mm->env_start = s;
	for (i = bprm->envc; i > 0; i--) {	/* pointers, from the last string back */
		unsigned long q = s, k;

		for (k = 1; k < i; k++)
			q += strlen(bprm->strings + (q - strings)) + 1;
		if (put_word(&sp, q))
			return 0;
	}
	if (put_word(&sp, 0))			/* argv terminator */
		return 0;
	for (i = bprm->argc; i > 0; i--) {
		unsigned long q = strings, k;

		for (k = 1; k < i; k++)
			q += strlen(bprm->strings + (q - strings)) + 1;
		if (put_word(&sp, q))
			return 0;
	}
	if (put_word(&sp, bprm->argc))
		return 0;
	mm->env_end = strings + bprm->strings_len;
	mm->start_stack = sp;
	return sp;
}

/* flush_old_exec - the point of no return: a new, empty address space */
static int flush_old_exec(struct linux_binprm *bprm)
{
	struct mm_struct *mm = mm_alloc(), *old = current->mm;

	if (!mm)
		return -ENOMEM;
	current->mm = mm;
	switch_mm(mm);
	mmput(old);
	set_fs(USER_DS);
	flush_old_files(current->files);
	flush_signal_handlers(current);
	flush_thread();
	set_task_comm(current, bprm->filename);
	return 0;
}

int load_elf_binary(struct linux_binprm *bprm, struct pt_regs *regs)
{
	Elf32_Ehdr eh;
	Elf32_Phdr ph[MAX_PHDRS];
	unsigned long end = 0, phdr_addr = 0, size, sp, start_code = ~0UL, end_code = 0;
	int i, err;

	memcpy(&eh, bprm->buf, sizeof(eh));
	err = check_header(&eh);
	size = eh.e_phnum * sizeof(Elf32_Phdr);
	if (!err && kernel_read(bprm->file, eh.e_phoff, (char *)ph, size) != (ssize_t)size)
		err = -ENOEXEC;
	for (i = 0; !err && i < eh.e_phnum; i++)
		if (ph[i].p_type == PT_LOAD)
			err = check_segment(&ph[i]);
	if (err)
		return err;
	err = flush_old_exec(bprm);
	if (err)
		return err;
	for (i = 0; i < eh.e_phnum; i++) {
		if (ph[i].p_type != PT_LOAD)
			continue;
		if (load_segment(current->mm, bprm->file, &ph[i]))
			goto fatal;
		if (eh.e_phoff >= ph[i].p_offset && eh.e_phoff < ph[i].p_offset + ph[i].p_filesz)
			phdr_addr = ph[i].p_vaddr + eh.e_phoff - ph[i].p_offset;
		end = max(end, (unsigned long)(ph[i].p_vaddr + ph[i].p_memsz));
		start_code = min(start_code, (unsigned long)ph[i].p_vaddr);
		if (ph[i].p_flags & PF_X)
			end_code = max(end_code, (unsigned long)(ph[i].p_vaddr + ph[i].p_filesz));
	}
	current->mm->start_brk = current->mm->brk = PAGE_ALIGN(end);
	current->mm->start_code = start_code;
	current->mm->end_code = end_code;
	if (insert_vm_area(current->mm, STACK_TOP - STACK_INITIAL, STACK_TOP,
			   VM_READ | VM_WRITE | VM_EXEC | VM_GROWSDOWN))
		goto fatal;
	sp = create_elf_tables(bprm, &eh, phdr_addr);
	if (!sp)
		goto fatal;
	start_thread(regs, eh.e_entry, sp);
	return 0;
fatal:
	/* the old program is gone: nothing to return to */
	printk(KERN_ERR "execve: %s: out of memory or bad file while loading\n", bprm->filename);
	send_sig(SIGKILL, current, 1);
	return -ENOMEM;
}
