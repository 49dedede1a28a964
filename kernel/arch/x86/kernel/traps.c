/*
 * arch/x86/kernel/traps.c: the interrupt descriptor table and the CPU
 * exceptions.
 *
 * An exception in user mode becomes a signal for the process (a division
 * by zero is SIGFPE, a bad instruction SIGILL, ...). An exception in kernel
 * mode is a kernel bug: die() prints an Oops and kills the current process,
 * but the machine keeps running.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/signal.h>
#include <linux/init.h>
#include <asm/desc.h>
#include <asm/traps.h>
#include <asm/asm-offsets.h>
#include <asm/processor-flags.h>

#define GATE_INTERRUPT	0xe	/* clears IF on entry */
#define GATE_TRAP	0xf	/* leaves IF alone */

static struct desc_struct idt_table[256] __aligned(8);

static void set_gate(unsigned int n, unsigned int type, unsigned int dpl, void *addr)
{
	unsigned long a = (unsigned long)addr;

	idt_table[n].a = (__KERNEL_CS << 16) | (a & 0xffff);
	idt_table[n].b = (a & 0xffff0000) | 0x8000 | (dpl << 13) | (type << 8);
}

void set_intr_gate(unsigned int n, void *addr) { set_gate(n, GATE_INTERRUPT, 0, addr); }
void set_trap_gate(unsigned int n, void *addr) { set_gate(n, GATE_TRAP, 0, addr); }
/* "system" gates may be invoked by user code with int $n (DPL 3) */
void set_system_intr_gate(unsigned int n, void *addr) { set_gate(n, GATE_INTERRUPT, 3, addr); }
void set_system_trap_gate(unsigned int n, void *addr) { set_gate(n, GATE_TRAP, 3, addr); }

/* The hand-written asm/asm-offsets.h must agree with the C structures. */
static void check_asm_offsets(void)
{
	BUILD_BUG_ON(offsetof(struct pt_regs, ax) != PT_EAX);
	BUILD_BUG_ON(offsetof(struct pt_regs, gs) != PT_GS);
	BUILD_BUG_ON(offsetof(struct pt_regs, orig_ax) != PT_ORIG_EAX);
	BUILD_BUG_ON(offsetof(struct pt_regs, ip) != PT_EIP);
	BUILD_BUG_ON(offsetof(struct pt_regs, ss) != PT_OLDSS);
	BUILD_BUG_ON(offsetof(struct thread_info, flags) != TI_flags);
	BUILD_BUG_ON(offsetof(struct thread_info, sysenter_return) != TI_sysenter_return);
}

/*
 * do_trap - the common path of most exceptions
 * From user mode the process gets @signr; from kernel mode we look for an
 * exception-table fixup, and failing that the kernel dies (Oops).
 */
static void do_trap(int trapnr, int signr, const char *str, struct pt_regs *regs, long error_code)
{
	struct task_struct *tsk = current;

	tsk->thread.trap_no = trapnr;
	tsk->thread.error_code = error_code;
	if (user_mode(regs)) {
		if (signr == SIGSEGV && !task_has_handler(tsk, SIGSEGV))
			printk(KERN_INFO "%s[%d] %s ip:%lx sp:%lx error:%lx\n", tsk->comm,
			       tsk->pid, str, regs->ip, regs->sp, error_code);
		force_sig(signr, tsk);
		return;
	}
	if (fixup_exception(regs))
		return;
	die(str, regs, error_code);
}

#define DO_ERROR(trapnr, signr, str, name)					\
asmlinkage void do_##name(struct pt_regs *regs, long error_code)		\
{										\
	do_trap(trapnr, signr, str, regs, error_code);				\
}

DO_ERROR(0, SIGFPE, "divide error", divide_error)
DO_ERROR(3, SIGTRAP, "int3", int3)
DO_ERROR(4, SIGSEGV, "overflow", overflow)
DO_ERROR(5, SIGSEGV, "bounds", bounds)
DO_ERROR(6, SIGILL, "invalid opcode", invalid_op)
DO_ERROR(7, SIGSEGV, "device not available", device_not_available)
DO_ERROR(8, SIGSEGV, "double fault", double_fault)
DO_ERROR(9, SIGFPE, "coprocessor segment overrun", coprocessor_segment_overrun)
DO_ERROR(10, SIGSEGV, "invalid TSS", invalid_TSS)
DO_ERROR(11, SIGBUS, "segment not present", segment_not_present)
DO_ERROR(12, SIGBUS, "stack segment", stack_segment)
DO_ERROR(13, SIGSEGV, "general protection", general_protection)
DO_ERROR(16, SIGFPE, "coprocessor error", coprocessor_error)
DO_ERROR(17, SIGBUS, "alignment check", alignment_check)
DO_ERROR(18, SIGBUS, "machine check", machine_check)
DO_ERROR(19, SIGFPE, "simd coprocessor error", simd_coprocessor_error)

asmlinkage void do_debug(struct pt_regs *regs, long error_code)
{
	do_trap(1, SIGTRAP, "debug", regs, error_code);
}

asmlinkage void do_nmi(struct pt_regs *regs, long error_code)
{
	printk(KERN_EMERG "Uhhuh. NMI received. Dazed and confused, but trying to continue\n");
}

void __init trap_init(void)
{
	struct desc_ptr idt_descr;

	check_asm_offsets();
	set_intr_gate(0, divide_error);
	set_intr_gate(1, debug);
	set_intr_gate(2, nmi);
	set_system_intr_gate(3, int3);		/* int3 may be called from user space */
	set_system_intr_gate(4, overflow);	/* so may into */
	set_intr_gate(5, bounds);
	set_intr_gate(6, invalid_op);
	set_intr_gate(7, device_not_available);
	set_intr_gate(8, double_fault);
	set_intr_gate(9, coprocessor_segment_overrun);
	set_intr_gate(10, invalid_TSS);
	set_intr_gate(11, segment_not_present);
	set_intr_gate(12, stack_segment);
	set_intr_gate(13, general_protection);
	set_intr_gate(14, page_fault);		/* interrupt gate: CR2 must not change under us */
	set_intr_gate(16, coprocessor_error);
	set_intr_gate(17, alignment_check);
	set_intr_gate(18, machine_check);
	set_intr_gate(19, simd_coprocessor_error);

	/* int $0x80: a trap gate of DPL 3, the door from ring 3 into system_call */
	set_system_trap_gate(SYSCALL_VECTOR, system_call);

	idt_descr.size = sizeof(idt_table) - 1;
	idt_descr.address = (unsigned long)idt_table;
	asm volatile("lidt %0" : : "m" (idt_descr));
}
