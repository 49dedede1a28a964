/*
 * Far control transfers through our GDT: ljmp/lcall/lret (direct, indirect through memory, with
 * an immediate), a code segment whose base is not zero, a conforming segment, a call gate, and
 * the faults of bad targets (#GP(sel) for a data or more-privileged target, #NP(sel) for a
 * segment not present, #GP(0) past the limit).
 */
#include "runtime.h"

#define BASE 0x1000 /* base of the shifted code segment TEST_SEL(0) */

/* Targets: each reports CS and its own offset (the EIP inside a based segment differs from
 * the linear address), then returns far. */
__asm__(".text\n"
	"far_target:\n"
	"  movl %cs, %eax\n"
	"  call 1f\n"
	"1: popl %edx\n"
	"  lret\n"
	"far_target_pop8:\n"
	"  movl %cs, %eax\n"
	"  movl 8(%esp), %edx\n"
	"  lret $8\n"
	"far_jump_target:\n"
	"  movl %cs, %eax\n"
	"  ljmp $0x08, $far_jump_back\n");

extern char far_target[], far_target_pop8[], far_jump_target[];
u32 far_ptr[2];

static void show(const char *what, u32 cs, u32 value)
{
	kprintf("%-34s cs=%04x value=%08x\n", what, cs & 0xFFFF, value);
}

static void direct_transfers(void)
{
	u32 cs, v;
	__asm__ volatile("lcall $0x08, $far_target" : "=a"(cs), "=d"(v));
	show("lcall 08:far_target", cs, v - (u32)far_target);
	__asm__ volatile("lcall %2, $(far_target - 0x1000)" : "=a"(cs), "=d"(v) : "i"(TEST_SEL(0)));
	show("lcall based:far_target", cs, v - (u32)far_target);
	__asm__ volatile("pushl $0x5151; pushl $0x6161; lcall %2, $(far_target_pop8 - 0x1000); addl $0, %%esp"
			 : "=a"(cs), "=d"(v) : "i"(TEST_SEL(0)));
	show("lcall based, lret $8", cs, v);
	__asm__ volatile("ljmp %1, $(far_jump_target - 0x1000)\n"
			 ".globl far_jump_back\nfar_jump_back:" : "=a"(cs) : "i"(TEST_SEL(0)) : "edx");
	show("ljmp based and back", cs, 0);
	far_ptr[0] = (u32)far_target - BASE;
	far_ptr[1] = TEST_SEL(0);
	__asm__ volatile("lcall *far_ptr" : "=a"(cs), "=d"(v));
	show("lcall *m16:32", cs, v - (u32)far_target);
	__asm__ volatile("lcall %2, $far_target" : "=a"(cs), "=d"(v) : "i"(TEST_SEL(1)));
	show("lcall conforming", cs, v - (u32)far_target);
	__asm__ volatile("lcall %2, $0" : "=a"(cs), "=d"(v) : "i"(TEST_SEL(2)));
	show("lcall call gate", cs, v - (u32)far_target);
	u32 sp_before, sp_after;
	__asm__ volatile("movl %%esp, %0; lcall $0x08, $far_target; movl %%esp, %1" : "=r"(sp_before), "=r"(sp_after) : : "eax", "edx");
	show("esp balanced after lret", 0, sp_before - sp_after);
}

static void bad_transfers(void)
{
	FAULT_PROBE("lcall %0, $0", : : "i"(KERNEL_DS));
	report_fault("lcall to a data segment");
	check(last_fault.vector == 13 && last_fault.error == KERNEL_DS, "#GP(sel) for data target");
	FAULT_PROBE("ljmp %0, $0", : : "i"(TEST_SEL(3)));
	report_fault("ljmp to a not-present segment");
	check(last_fault.vector == 11 && last_fault.error == TEST_SEL(3), "#NP(sel)");
	FAULT_PROBE("ljmp %0, $0x20000", : : "i"(TEST_SEL(4)));
	report_fault("ljmp past the limit");
	check(last_fault.vector == 13 && last_fault.error == 0, "#GP(0) past limit");
	FAULT_PROBE("lcall %0, $0", : : "i"(USER_CS));
	report_fault("lcall to DPL3 non-conforming");
	check(last_fault.vector == 13 && last_fault.error == (USER_CS & ~3), "#GP(sel) privilege");
	FAULT_PROBE("ljmp %0, $0", : : "i"(0x200));
	report_fault("ljmp past the GDT limit");
	FAULT_PROBE("ljmp $0, $0");
	report_fault("ljmp to the null selector");
}

int kmain(void)
{
	set_segment(6, BASE, 0xFFFFF, 0x9A, 0xC0);         /* code, base 0x1000, 4 GiB - 0x1000 */
	set_segment(7, 0, 0xFFFFF, 0x9E, 0xC0);            /* conforming code, DPL0 */
	gdt[8] = ((u64)((u32)far_target >> 16) << 48) | ((u64)0x8C00 << 32) | (KERNEL_CS << 16) |
		 ((u32)far_target & 0xFFFF);              /* 32-bit call gate, DPL0 */
	set_segment(9, 0, 0xFFFFF, 0x1A, 0xC0);            /* code, not present */
	set_segment(10, 0, 0xFFFF, 0x9A, 0x40);            /* code, 64 KiB limit */
	lgdt_reload();
	direct_transfers();
	bad_transfers();
	return failures;
}
