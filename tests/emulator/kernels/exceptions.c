/*
 * Exceptions with their vectors, error codes and saved EIP (fault: the instruction; trap: the
 * next one): #UD (ud2, lock on a non-lockable instruction, mov to CS), #BP (int3), #OF (into),
 * #BR (bound), #NM (CR0.TS), #DE, #GP(sel), #NP(sel), #SS(sel), #NP for a not-present IDT gate
 * (error = vector*8+2), #DF from a fault while delivering a fault, #PF with CR2, and #DB single-stepping with TF (one trap per instruction,
 * DR6.BS set).
 */
#include "runtime.h"

s32 bounds[2] = { 10, 20 };
static u32 pd[1024] __attribute__((aligned(4096)));

static void simple(void)
{
	FAULT_PROBE("ud2");
	report_fault("ud2");
	check(last_fault.vector == 6, "#UD");
	FAULT_PROBE(".byte 0xf0, 0x90");
	report_fault("lock nop");
	FAULT_PROBE(".byte 0x0f, 0xff");
	report_fault("0f ff");
	FAULT_PROBE("int3");
	report_fault("int3");
	check(last_fault.vector == 3, "#BP");
	FAULT_PROBE("movl $0x7fffffff, %%eax; incl %%eax; into", : : : "eax");
	report_fault("into with OF=1");
	FAULT_PROBE("movl $0x7fffffff, %%eax; into", : : : "eax");
	report_fault("into with OF=0");
	(void)0;
	FAULT_PROBE("movl $21, %%eax; boundl %%eax, bounds", : : : "eax");
	report_fault("bound 21 in [10,20]");
	check(last_fault.vector == 5, "#BR");
	FAULT_PROBE("movl $20, %%eax; boundl %%eax, bounds", : : : "eax");
	report_fault("bound 20 in [10,20]");

	FAULT_PROBE("xorl %%ecx, %%ecx; movl $1, %%eax; cltd; idivl %%ecx", : : : "eax", "ecx", "edx");
	report_fault("idiv by zero");
	FAULT_PROBE("int $0x41");
	report_fault("int 0x41 (gate not present)");
	check(last_fault.vector == 11 && last_fault.error == 0x41 * 8 + 2, "#NP(idt)");
	FAULT_PROBE("int $0x42");
	report_fault("int 0x42 (handled)");
}

static void fpu_and_segments(void)
{
	__asm__ volatile("movl %%cr0, %%eax; orl $8, %%eax; movl %%eax, %%cr0" : : : "eax");
	FAULT_PROBE("fldz; fstp %%st(0)", : :);
	report_fault("fldz with CR0.TS");
	check(last_fault.vector == 7, "#NM");
	__asm__ volatile("clts");
	FAULT_PROBE("movw $0x1238, %%ax; movw %%ax, %%ds", : : : "eax");
	reset_segments();
	report_fault("load selector 0x1238");
	FAULT_PROBE("movw %w0, %%fs", : : "r"(TEST_SEL(0)));
	reset_segments();
	report_fault("load not-present data");
	FAULT_PROBE("movw %w0, %%ss", : : "r"(TEST_SEL(0)));
	reset_segments();
	report_fault("load not-present into SS");
	check(last_fault.vector == 12 && last_fault.error == TEST_SEL(0), "#SS(sel)");
	FAULT_PROBE("ljmp $0x10, $0");
	report_fault("ljmp to data");
}

/* #GP while its own gate is not present: the #NP raised delivering it makes a double fault
 * (#DF, vector 8, error 0). The saved CS:EIP of a #DF is undefined, so it is not printed. */
static void double_fault(void)
{
	extern u32 isr_table[];
	set_gate(13, isr_table[13], KERNEL_CS, 0x0E);
	FAULT_PROBE("movw $0x1238, %%ax; movw %%ax, %%ds", : : : "eax");
	reset_segments();
	set_gate(13, isr_table[13], KERNEL_CS, 0x8E);
	kprintf("#GP with its gate not present: vector %u error %u\n", last_fault.vector, last_fault.error);
	check(last_fault.hit && last_fault.vector == 8 && last_fault.error == 0, "#DF");
}

static void page_fault(void)
{
	pd[0] = 0x000083;
	pd[1] = 0x400083;
	__asm__ volatile("movl %0, %%cr3; movl %%cr4, %%eax; orl $0x10, %%eax; movl %%eax, %%cr4\n\t"
			 "movl %%cr0, %%eax; orl $0x80000000, %%eax; movl %%eax, %%cr0" : : "r"(pd) : "eax");
	FAULT_PROBE("movl $5, 0x00c00010", : : : "memory");
	report_fault("write beyond the mapped 8 MiB");
	check(last_fault.vector == 14 && last_fault.error == 2 && last_fault.cr2 == 0xc00010, "#PF");
	__asm__ volatile("movl %%cr0, %%eax; andl $0x7fffffff, %%eax; movl %%eax, %%cr0" : : : "eax");
}

static u32 steps[32], dr6s[32], nsteps;

static void debug_trap(struct trap_frame *f)
{
	u32 dr6;
	__asm__ volatile("movl %%dr6, %0" : "=r"(dr6));
	if (nsteps < 32) {
		steps[nsteps] = f->eip;
		dr6s[nsteps++] = dr6 & 0x400F;
	}
	__asm__ volatile("movl %0, %%dr6" : : "r"(0));
}

static void handled(struct trap_frame *f)
{
	kprintf("int 0x42 handler: vector %u error %u\n", f->vector, f->error);
}

extern char step_start[];

static void single_step(void)
{
	set_trap_handler(1, debug_trap);
	__asm__ volatile("pushfl; orl $0x100, (%%esp); popfl\n"
			 ".globl step_start\nstep_start:\n\t"
			 "nop; movl $3, %%ecx; 1: loop 1b; pushl %%eax; popl %%eax\n\t"
			 "pushfl; andl $~0x100, (%%esp); popfl; nop" : : : "ecx", "memory");
	kprintf("single steps: %u\n", nsteps);
	for (u32 i = 0; i < nsteps; i++)
		kprintf("  #DB after step %u: eip=step_start+%u dr6=%04x\n", i, steps[i] - (u32)step_start, dr6s[i]);
	check(nsteps > 5, "#DB traps with TF");
}

int kmain(void)
{
	set_segment(6, 0, 0xFFFF, 0x12, 0x40);
	lgdt_reload();
	set_gate(0x41, 0, KERNEL_CS, 0x0E);
	set_trap_handler(0x42, handled);
	simple();
	fpu_and_segments();
	double_fault();
	page_fault();
	single_step();
	return failures;
}
