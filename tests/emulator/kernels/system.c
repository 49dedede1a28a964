/*
 * System instructions: sgdt/sidt read back what lgdt/lidt loaded, str/sldt, lldt of an LDT
 * descriptor and a data segment loaded through it, smsw/lmsw/clts, CR0/CR4 writes read back,
 * debug registers, wbinvd/invd, cpuid's basic leaf count and rdtsc's monotony (only relations
 * are printed: their values differ between machines), and string port I/O (rep outsb to COM1,
 * insb from the CMOS data port).
 */
#include "runtime.h"

struct __attribute__((packed)) table_reg {
	u16 limit;
	u32 base;
};

static u64 ldt[2] __attribute__((aligned(8)));

static void tables(void)
{
	extern u16 gdt_desc[], idt_desc[];
	struct table_reg g, i;
	__asm__ volatile("sgdt %0; sidt %1" : "=m"(g), "=m"(i));
	kprintf("sgdt limit %x base ok %u, sidt limit %x base ok %u\n", g.limit, g.base == *(u32 *)(gdt_desc + 1), i.limit,
		i.base == *(u32 *)(idt_desc + 1));
	u16 tr, ldtr; /* before ltr/lldt they hold what the loader left: not printed */
	tss_setup(0x90000);
	ldt[1] = 0x00CF92000000FFFFull; /* flat data, selector 0x0C (TI=1) */
	set_segment(6, (u32)ldt, sizeof(ldt) - 1, 0x82, 0x00);
	lgdt_reload();
	u32 v;
	__asm__ volatile("lldt %w1; movw $0x0c, %%ax; movw %%ax, %%fs; movl %%fs:(%2), %0"
			 : "=r"(v) : "r"(TEST_SEL(0)), "r"(&ldt[1]) : "eax");
	reset_segments();
	__asm__ volatile("str %0; sldt %1" : "=r"(tr), "=r"(ldtr));
	kprintf("str %x sldt %x after; read through an LDT selector: %08x\n", tr, ldtr, v);
	check(v == (u32)ldt[1], "LDT data segment");
}

static void control(void)
{
	u32 cr0, cr4, msw;
	__asm__ volatile("smsw %0" : "=r"(msw));
	kprintf("smsw pe=%u et=%u\n", msw & 1, (msw >> 4) & 1);
	__asm__ volatile("movl %%cr0, %0; orl $8, %0; movl %0, %%cr0; clts; movl %%cr0, %0" : "=r"(cr0));
	kprintf("cr0.ts after clts %u\n", (cr0 >> 3) & 1);
	__asm__ volatile("movl $0x9, %%eax; lmsw %%ax; movl %%cr0, %0; clts" : "=r"(cr0) : : "eax");
	kprintf("lmsw 9 sets ts=%u pe=%u\n", (cr0 >> 3) & 1, cr0 & 1);
	__asm__ volatile("movl %%cr4, %0; orl $0x10, %0; movl %0, %%cr4; movl %%cr4, %0" : "=r"(cr4));
	kprintf("cr4.pse written and read back %u\n", (cr4 >> 4) & 1);
	u32 dr0, dr7;
	__asm__ volatile("movl %2, %%dr0; movl %%dr0, %0; movl %%dr7, %1" : "=r"(dr0), "=r"(dr7) : "r"(0x12345678));
	kprintf("dr0 %08x dr7 enables %x\n", dr0, dr7 & 0xFF);
	__asm__ volatile("wbinvd; invd");
	kprintf("wbinvd/invd: ok\n");
}

static void identification(void)
{
	u32 a, b, c, d;
	__asm__ volatile("cpuid" : "=a"(a), "=b"(b), "=c"(c), "=d"(d) : "a"(0));
	kprintf("cpuid: basic leaves >= 1: %u\n", a >= 1);
	__asm__ volatile("cpuid" : "=a"(a), "=b"(b), "=c"(c), "=d"(d) : "a"(1));
	kprintf("cpuid 1: fpu %u tsc %u cx8 %u sep %u cmov %u\n", d & 1, (d >> 4) & 1, (d >> 8) & 1, (d >> 11) & 1,
		(d >> 15) & 1);
	u32 lo1, hi1, lo2, hi2;
	__asm__ volatile("rdtsc" : "=a"(lo1), "=d"(hi1));
	for (volatile int i = 0; i < 100; i++)
		;
	__asm__ volatile("rdtsc" : "=a"(lo2), "=d"(hi2));
	kprintf("rdtsc increases: %u\n", ((u64)hi2 << 32 | lo2) > ((u64)hi1 << 32 | lo1));
}

static void string_io(void)
{
	static const char msg[] = "written by rep outsb\n";
	__asm__ volatile("cld; rep outsb" : : "S"(msg), "c"(sizeof(msg) - 1), "d"(0x3F8) : "memory");
	u8 buf[4] = { 0 };
	outb(0x70, 0x0D);
	__asm__ volatile("insb" : : "D"(buf), "d"(0x71) : "memory");
	outb(0x70, 0x0A);
	__asm__ volatile("insb" : : "D"(buf + 1), "d"(0x71) : "memory");
	kprintf("insb from CMOS: D valid %02x, A divider %02x\n", buf[0] & 0x80, buf[1] & 0x70);
}

int kmain(void)
{
	tables();
	control();
	identification();
	string_io();
	return failures;
}
