/*
 * arch/x86/kernel/cpu/common.c: the CPU's descriptor tables.
 *
 * The GDT holds the flat kernel and user segments (asm/segment.h), the TLS
 * slots of the running task and the TSS, whose only job here is to tell the
 * CPU which kernel stack to switch to when an interrupt or int $0x80 comes
 * from ring 3 (sp0, updated on every context switch).
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/init.h>
#include <asm/desc.h>
#include <asm/msr.h>
#include <asm/page.h>
#include <asm/thread_info.h>

/* descriptor access bytes */
#define DESC_CODE	0x9a	/* present, ring 0, code, readable */
#define DESC_DATA	0x92	/* present, ring 0, data, writable */
#define DESC_DPL3	0x60
#define DESC_TSS	0x89	/* present, 32-bit available TSS */
#define DESC_FLAGS_4G	0xc	/* 4 KiB granularity, 32-bit */

struct desc_struct gdt_table[GDT_ENTRIES] __aligned(8);
struct tss_struct init_tss __aligned(64);
extern union thread_union init_thread_union;

/*
 * pack_descriptor - fill in one segment descriptor
 * @type is the access byte (P, DPL, S, type), @flags the G/D nibble.
 */
void pack_descriptor(struct desc_struct *d, unsigned long base, unsigned long limit,
		     unsigned char type, unsigned char flags)
{
	d->a = ((base & 0xffff) << 16) | (limit & 0xffff);
	d->b = (base & 0xff000000) | ((base >> 16) & 0xff) | (limit & 0x000f0000) |
	       ((unsigned int)type << 8) | ((unsigned int)(flags & 0xf) << 20);
}

/* load_sp0 - the kernel stack the CPU switches to on entry from ring 3 */
void load_sp0(unsigned long sp0)
{
	init_tss.x86_tss.sp0 = sp0;
}

/* load_TLS - install the running task's set_thread_area() segments */
void load_TLS(struct desc_struct *tls)
{
	int i;

	for (i = 0; i < GDT_ENTRY_TLS_ENTRIES; i++)
		gdt_table[GDT_ENTRY_TLS_MIN + i] = tls[i];
}

static void __init setup_gdt(void)
{
	struct desc_ptr gdt_descr;

	pack_descriptor(&gdt_table[GDT_ENTRY_KERNEL_CS], 0, 0xfffff, DESC_CODE, DESC_FLAGS_4G);
	pack_descriptor(&gdt_table[GDT_ENTRY_KERNEL_DS], 0, 0xfffff, DESC_DATA, DESC_FLAGS_4G);
	pack_descriptor(&gdt_table[GDT_ENTRY_DEFAULT_USER_CS], 0, 0xfffff,
			DESC_CODE | DESC_DPL3, DESC_FLAGS_4G);
	pack_descriptor(&gdt_table[GDT_ENTRY_DEFAULT_USER_DS], 0, 0xfffff,
			DESC_DATA | DESC_DPL3, DESC_FLAGS_4G);
	pack_descriptor(&gdt_table[GDT_ENTRY_TSS], (unsigned long)&init_tss,
			sizeof(struct x86_hw_tss) - 1, DESC_TSS, 0);

	gdt_descr.size = sizeof(gdt_table) - 1;
	gdt_descr.address = (unsigned long)gdt_table;
	asm volatile("lgdt %0" : : "m" (gdt_descr));
	/* reload every segment register from the new table */
	asm volatile("movl %0, %%ds; movl %0, %%es; movl %0, %%ss; movl %1, %%fs; movl %1, %%gs"
		     : : "r" (__KERNEL_DS), "r" (0));
	asm volatile("pushl %0; pushl $1f; lret; 1:" : : "i" (__KERNEL_CS));
}

/* cpu_init - load the GDT and the TSS of the (only) CPU */
void __init cpu_init(void)
{
	setup_gdt();
	init_tss.x86_tss.ss0 = __KERNEL_DS;
	init_tss.x86_tss.sp0 = (unsigned long)&init_thread_union + THREAD_SIZE;
	/* no I/O bitmap: every port access from ring 3 faults */
	init_tss.x86_tss.io_bitmap_base = sizeof(struct x86_hw_tss) + 0x100;
	asm volatile("ltr %%ax" : : "a" (__TSS_SEL));
}
