/*
 * Limit and type checks on memory operands: #GP(0) past a data segment's limit (byte and page
 * granular, expand-down), for a write to read-only data or through a code segment, through the
 * null selector; #SS(0) past the stack segment's limit. QEMU's TCG does not make these checks,
 * so this kernel carries its own expectations (from the manuals) and fails on any miss.
 */
#include "runtime.h"

#define SEG_BASE 0x200000
#define S(n) TEST_SEL(n)

#define PROBE_ES(name, sel, access)                                                        \
	do {                                                                               \
		FAULT_PROBE("movw %w0, %%es\n\t" access, : : "r"(sel) : "eax", "memory"); \
		reset_segments();                                                          \
		report_fault(name);                                                        \
	} while (0)

static void limit_faults(void)
{
	PROBE_ES("dword straddling the limit", S(0), "movl %%es:0xffe, %%eax");
	check(last_fault.vector == 13 && last_fault.error == 0, "#GP(0) at limit");
	PROBE_ES("byte past the limit", S(0), "movb %%es:0x1000, %%al");
	check(last_fault.vector == 13 && last_fault.error == 0, "byte past the limit");
	PROBE_ES("page-granular past the limit", S(1), "movb %%es:0x2000, %%al");
	check(last_fault.vector == 13 && last_fault.error == 0, "page-granular past the limit");
	PROBE_ES("expand-down below the limit", S(2), "movl %%es:0x800, %%eax");
	check(last_fault.vector == 13 && last_fault.error == 0, "expand-down #GP");
	PROBE_ES("write to read-only data", S(3), "movl $1, %%es:0x10");
	check(last_fault.vector == 13 && last_fault.error == 0, "write to read-only data");
	PROBE_ES("read of read-only data", S(3), "movl %%es:0x10, %%eax");
	check(!last_fault.hit, "read of read-only data");
	PROBE_ES("write through readable code", S(4), "movl $1, %%es:0x100");
	check(last_fault.vector == 13 && last_fault.error == 0, "write through readable code");
	PROBE_ES("null selector then access", 0, "movl %%es:0, %%eax");
	check(last_fault.vector == 13 && last_fault.error == 0, "#GP(0) for null");
	PROBE_ES("null selector with RPL 3", 3, "");
	check(!last_fault.hit, "null load is not a fault");
}

/* SS limited to just above ESP (base 0, page granular): an access past it is #SS(0). */
static void stack_limit(void)
{
	u32 esp;
	__asm__ volatile("movl %%esp, %0" : "=r"(esp));
	set_segment(13, 0, (esp >> 12) + 1, 0x92, 0x80 | 0x40);
	lgdt_reload();
	FAULT_PROBE("movw %w0, %%ss\n\tmovl %%ss:0x10000(%%esp), %%eax", : : "r"(S(7)) : "eax");
	reset_segments();
	report_fault("ss-relative access past the limit");
	check(last_fault.vector == 12 && last_fault.error == 0, "#SS(0)");
	FAULT_PROBE("movw %w0, %%ss\n\tmovl 0x10000(%%ebp), %%eax", : : "r"(S(7)) : "eax");
	reset_segments();
	report_fault("ebp-based access past the SS limit");
	check(last_fault.vector == 12 && last_fault.error == 0, "#SS(0) via ebp");
}

int kmain(void)
{
	set_segment(6, SEG_BASE, 0xFFF, 0x92, 0x40);   /* S(0): data, 4 KiB byte-granular */
	set_segment(7, SEG_BASE, 0x1, 0x92, 0xC0);     /* S(1): data, 2 pages */
	set_segment(8, SEG_BASE, 0xFFF, 0x96, 0x40);   /* S(2): expand-down, offsets > 0xfff */
	set_segment(9, SEG_BASE, 0xFFF, 0x90, 0x40);   /* S(3): read-only data */
	set_segment(10, 0x100000, 0xFFFF, 0x9A, 0x40); /* S(4): readable code */
	set_segment(11, 0, 0xFFFF, 0x98, 0x40);        /* S(5): execute-only code */
	set_segment(12, 0, 0xFFFF, 0x12, 0x40);        /* S(6): data, not present */
	lgdt_reload();
	limit_faults();
	stack_limit();
	return failures;
}
