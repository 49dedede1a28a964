/*
 * Non-flat segmentation: based and limited data segments (byte and page granular, expand-down,
 * read-only), code segments as data, and the selector-load faults: #GP(sel) for a bad type,
 * privilege or index, #NP(sel) and #SS(sel) for not-present segments. Also lar/lsl/verr/verw.
 * The limit and access-type checks of memory operands are in segment-limits.c.
 */
#include "runtime.h"

#define SEG_BASE 0x200000
#define S(n) TEST_SEL(n)

static volatile u32 *const linear = (volatile u32 *)SEG_BASE;

static void based_access(void)
{
	u32 v;
	linear[4] = 0x11111111;
	__asm__ volatile("movw %w1, %%es; movl $0xdeadbeef, %%es:0x10; movl %%es:0x14, %0" : "=r"(v) : "r"(S(0)));
	reset_segments();
	kprintf("es:0x10 write lands at linear %08x: %08x\n", SEG_BASE + 0x10, linear[4]);
	__asm__ volatile("movw %w1, %%fs; movl $0x600d, %%fs:0xffc; movl %%fs:0xffc, %0" : "=r"(v) : "r"(S(0)));
	reset_segments();
	kprintf("fs:0xffc (last dword in the limit) = %x\n", v);
	__asm__ volatile("movw %w1, %%gs; movl %%gs:0x1ffc, %0" : "=r"(v) : "r"(S(1)));
	reset_segments();
	kprintf("page-granular gs:0x1ffc readable: %x\n", v == linear[0x1ffc / 4]);
	__asm__ volatile("movw %w1, %%es; movl %%es:0x1000, %0" : "=r"(v) : "r"(S(2)));
	reset_segments();
	kprintf("expand-down es:0x1000 = %08x\n", v);
	__asm__ volatile("movw %w1, %%es; movl %%es:0x100, %0" : "=r"(v) : "r"(S(4)));
	reset_segments();
	kprintf("readable code as data: %08x\n", v);
}

#define PROBE_ES(name, sel, access)                                                        \
	do {                                                                               \
		FAULT_PROBE("movw %w0, %%es\n\t" access, : : "r"(sel) : "eax", "memory"); \
		reset_segments();                                                          \
		report_fault(name);                                                        \
	} while (0)

static void load_faults(void)
{
	PROBE_ES("load execute-only code", S(5), "");
	check(last_fault.vector == 13 && last_fault.error == S(5), "#GP(sel) exec-only");
	PROBE_ES("load not-present data", S(6), "");
	check(last_fault.vector == 11 && last_fault.error == S(6), "#NP(sel)");
	PROBE_ES("load past the GDT limit", 0x400, "");
	PROBE_ES("load DPL0 data with RPL3", KERNEL_DS | 3, "");
	PROBE_ES("load DPL3 data with RPL3", USER_DS, "");
	FAULT_PROBE("movw %w0, %%ss", : : "r"(S(6)));
	reset_segments();
	report_fault("load not-present into SS");
	check(last_fault.vector == 12 && last_fault.error == S(6), "#SS(sel)");
	FAULT_PROBE("movw %w0, %%ss", : : "r"(S(3)));
	reset_segments();
	report_fault("load read-only into SS");
	FAULT_PROBE("movw %w0, %%ss", : : "r"(USER_DS));
	reset_segments();
	report_fault("load DPL3 into SS at CPL0");
	FAULT_PROBE("movw %w0, %%cs", : : "r"(KERNEL_CS));
	report_fault("mov to CS");
}

/* The accessed bit (bit 8 of lar's result) is masked: the CPU sets it in the GDT when a selector
 * is loaded, but QEMU does so only for data segments, not for CS. */
static void access_rights(void)
{
	static const u16 sels[] = { KERNEL_CS, KERNEL_DS, USER_CS, TSS_SEL, S(0), S(1), S(2), S(5), S(6), 0x400, 0 };
	for (unsigned i = 0; i < sizeof(sels) / sizeof(sels[0]); i++) {
		u32 ar = 0, lim = 0, zl, zs, zr, zw;
		__asm__ volatile("larl %4, %0; setz %b2; lsll %4, %1; setz %b3"
				 : "+r"(ar), "+r"(lim), "=q"(zl), "=q"(zs) : "r"((u32)sels[i]));
		__asm__ volatile("verr %w2; setz %b0; verw %w2; setz %b1" : "=q"(zr), "=q"(zw) : "r"(sels[i]));
		kprintf("sel %04x: lar %u %08x lsl %u %08x verr %u verw %u\n", sels[i], zl & 1, zl & 1 ? ar & 0x00F0FE00 : 0,
			zs & 1, zs & 1 ? lim : 0, zr & 1, zw & 1);
	}
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
	based_access();
	load_faults();
	access_rights();
	return failures;
}
