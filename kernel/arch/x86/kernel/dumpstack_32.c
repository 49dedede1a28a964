/*
 * arch/x86/kernel/dumpstack_32.c: the Oops report.
 *
 * die() prints what a kernel developer needs to find the bug (the faulting
 * function, the registers, the stack, the call trace with symbol names) and
 * then kills the current process with SIGKILL. The rest of the machine
 * keeps running, as on Linux when the fault happens in process context.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/kallsyms.h>
#include <linux/utsname.h>
#include <asm/traps.h>
#include <asm/system.h>

static int die_counter;

/* the stack pointer at the time of the fault: the CPU pushes no ESP in ring 0 */
static unsigned long kernel_stack_pointer(struct pt_regs *regs)
{
	return user_mode(regs) ? regs->sp : (unsigned long)&regs->sp;
}

static int valid_stack_ptr(unsigned long p)
{
	unsigned long base = (unsigned long)current_thread_info();

	return p > base + sizeof(struct thread_info) && p < base + THREAD_SIZE - 4;
}

/*
 * show_trace - walk the frame pointers (the kernel is compiled with them)
 * and print every return address that lies in kernel text.
 */
static void show_trace(unsigned long bp)
{
	unsigned long ret;
	char sym[KSYM_SYMBOL_LEN];
	int depth = 0;

	printk(KERN_EMERG "Call Trace:\n");
	while (valid_stack_ptr(bp) && depth++ < 16) {
		ret = ((unsigned long *)bp)[1];
		if (!kernel_text_address(ret))
			break;
		sprint_symbol(sym, ret);
		printk(KERN_EMERG " [<%08lx>] %s\n", ret, sym);
		bp = ((unsigned long *)bp)[0];
	}
}

void show_stack(unsigned long *sp, unsigned long bp)
{
	int i;

	printk(KERN_EMERG "Stack:");
	for (i = 0; i < 24 && valid_stack_ptr((unsigned long)sp); i++, sp++) {
		if (i % 8 == 0)
			printk(KERN_CONT "\n" KERN_EMERG " ");
		printk(KERN_CONT " %08lx", *sp);
	}
	printk(KERN_CONT "\n");
	show_trace(bp);
}

void dump_stack(void)
{
	unsigned long bp;

	asm("movl %%ebp, %0" : "=r" (bp));
	show_trace(bp);
}

void show_registers(struct pt_regs *regs)
{
	struct task_struct *tsk = current;
	unsigned long sp = kernel_stack_pointer(regs);
	unsigned short ss = user_mode(regs) ? regs->ss : __KERNEL_DS;

	printk(KERN_EMERG "Pid: %d, comm: %s %s %s\n", tsk->pid, tsk->comm,
	       init_uts_ns.name.release, init_uts_ns.name.version);
	printk(KERN_EMERG "EIP: %04lx:[<%08lx>] EFLAGS: %08lx CPU: 0\n",
	       regs->cs & 0xffff, regs->ip, regs->flags);
	printk(KERN_EMERG "EIP is at ");
	print_symbol("%s\n", regs->ip);
	printk(KERN_EMERG "EAX: %08lx EBX: %08lx ECX: %08lx EDX: %08lx\n",
	       regs->ax, regs->bx, regs->cx, regs->dx);
	printk(KERN_EMERG "ESI: %08lx EDI: %08lx EBP: %08lx ESP: %08lx\n",
	       regs->si, regs->di, regs->bp, sp);
	printk(KERN_EMERG " DS: %04lx ES: %04lx FS: %04lx GS: %04lx SS: %04x\n",
	       regs->ds & 0xffff, regs->es & 0xffff, regs->fs & 0xffff, regs->gs & 0xffff, ss);
	printk(KERN_EMERG "Process %s (pid: %d, ti=%p task=%p)\n", tsk->comm, tsk->pid,
	       current_thread_info(), tsk);
	if (!user_mode(regs))
		show_stack((unsigned long *)sp, regs->bp);
}

/*
 * die - report a fatal kernel-mode exception and kill the current process
 * Never returns. Interrupts may be on or off.
 */
void die(const char *str, struct pt_regs *regs, long err)
{
	printk(KERN_EMERG "%s: %04lx [#%d]\n", str, err & 0xffff, ++die_counter);
	show_registers(regs);
	printk(KERN_EMERG "EIP: [<%08lx>] ", regs->ip);
	print_symbol("%s", regs->ip);
	printk(KERN_CONT " SS:ESP %04x:%08lx\n", __KERNEL_DS, kernel_stack_pointer(regs));
	printk(KERN_EMERG "---[ end trace %08x ]---\n", die_counter);
	if (current->pid <= 1)
		panic("Attempted to kill %s!", current->pid ? "init" : "the idle task");
	local_irq_enable();
	do_exit(SIGKILL);
}
