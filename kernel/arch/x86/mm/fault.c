/*
 * arch/x86/mm/fault.c: the page fault handler.
 *
 * A fault at a user address inside one of the process's areas just maps
 * the page (demand paging, stack growth) whether the CPU was in user or
 * kernel mode. Anything else is an error:
 *   - in user mode: SIGSEGV, with Linux's "segfault at" line in the log;
 *   - in kernel mode with an exception-table fixup (the sysenter entry
 *     reading the user stack): continue at the fixup;
 *   - in kernel mode otherwise: a kernel bug. Oops, kill the process.
 * The lab's sys_MyPrintK() dereferences its user pointer directly, so a bad
 * pointer lands in that last case, exactly as on Linux 2.6.33.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/mm.h>
#include <linux/signal.h>
#include <asm/traps.h>
#include <asm/system.h>
#include <asm/processor-flags.h>
#include <linux/kallsyms.h>

/* the error code the CPU pushes for a page fault */
#define PF_PROT		0x1	/* 0: page not present, 1: protection */
#define PF_WRITE	0x2	/* 0: read, 1: write */
#define PF_USER		0x4	/* 0: kernel mode, 1: user mode */

struct exception_table_entry {
	unsigned long insn, fixup;
};

extern struct exception_table_entry __start___ex_table[], __stop___ex_table[];

/* fixup_exception - resume at the fixup for the faulting instruction, if any */
int fixup_exception(struct pt_regs *regs)
{
	struct exception_table_entry *e;

	for (e = __start___ex_table; e < __stop___ex_table; e++) {
		if (e->insn == regs->ip) {
			regs->ip = e->fixup;
			return 1;
		}
	}
	return 0;
}

static void show_fault_oops(struct pt_regs *regs, unsigned long error_code, unsigned long address)
{
	printk(KERN_ALERT "BUG: unable to handle kernel ");
	if (address < PAGE_SIZE)
		printk(KERN_CONT "NULL pointer dereference");
	else
		printk(KERN_CONT "paging request");
	printk(KERN_CONT " at %08lx\n", address);
	printk(KERN_ALERT "IP: [<%08lx>] ", regs->ip);
	print_symbol("%s\n", regs->ip);
	printk(KERN_ALERT "*pde = %08lx\n", current->mm ?
	       current->mm->pgd[pgd_index(address)] : swapper_pg_dir[pgd_index(address)]);
}

static void bad_area(struct pt_regs *regs, unsigned long error_code, unsigned long address)
{
	struct task_struct *tsk = current;

	if (error_code & PF_USER) {
		if (!task_has_handler(tsk, SIGSEGV))
			printk("%s%s[%d]: segfault at %lx ip %08lx sp %08lx error %lx\n",
			       tsk->pid > 1 ? KERN_INFO : KERN_EMERG, tsk->comm, tsk->pid,
			       address, regs->ip, regs->sp, error_code);
		tsk->thread.cr2 = address;
		tsk->thread.error_code = error_code;
		tsk->thread.trap_no = 14;
		force_sig(SIGSEGV, tsk);
		return;
	}
	if (fixup_exception(regs))
		return;
	tsk->thread.cr2 = address;
	show_fault_oops(regs, error_code, address);
	die("Oops", regs, error_code);
}

asmlinkage void do_page_fault(struct pt_regs *regs, long error_code)
{
	unsigned long address = read_cr2();	/* read it before anything can fault again */
	struct mm_struct *mm = current->mm;

	/* interrupts were on where the fault happened: turn them back on */
	if (regs->flags & X86_EFLAGS_IF)
		local_irq_enable();
	if (address < TASK_SIZE && mm && !(error_code & PF_PROT) &&
	    handle_mm_fault(mm, address, error_code & PF_WRITE) == 0)
		return;
	bad_area(regs, error_code, address);
}
