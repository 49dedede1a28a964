/*
 * Paging: 4 KiB pages and 4 MiB PSE pages, aliases, the accessed and dirty bits the CPU sets,
 * CR0.WP, invlpg and CR3 reloads, and #PF with CR2 and the error code for not-present reads and
 * writes, read-only writes and instruction fetches, including a rep movsb stopped half-way
 * (ECX/EDI must tell how far it got).
 */
#include "runtime.h"

#define P 0x001
#define RW 0x002
#define PS 0x080
#define ALIAS 0x40000000u      /* 4 KiB pages: +0 -> 0x300000 rw, +0x1000 ro, +0x2000 absent */
#define BIG_ALIAS 0x40400000u  /* one 4 MiB page -> physical 0x400000 */

static u32 pd[1024] __attribute__((aligned(4096)));
static u32 low_pt[1024] __attribute__((aligned(4096)));
static u32 alias_pt[1024] __attribute__((aligned(4096)));

static void invlpg(u32 va) { __asm__ volatile("invlpg (%0)" : : "r"(va) : "memory"); }
static void load_cr3(void) { __asm__ volatile("movl %0, %%cr3" : : "r"(pd) : "memory"); }

static void build_tables(void)
{
	for (int i = 0; i < 1024; i++)
		low_pt[i] = (i << 12) | P | RW;
	pd[0] = (u32)low_pt | P | RW;
	pd[1] = 0x400000 | P | RW | PS;                   /* identity 4-8 MiB as one PSE page */
	pd[ALIAS >> 22] = (u32)alias_pt | P | RW;
	pd[BIG_ALIAS >> 22] = 0x400000 | P | RW | PS;
	alias_pt[0] = 0x300000 | P | RW;
	alias_pt[1] = 0x301000 | P;
	alias_pt[3] = 0x302000 | P | RW;
	load_cr3();
	u32 cr4;
	__asm__ volatile("movl %%cr4, %0; orl $0x10, %0; movl %0, %%cr4" : "=r"(cr4));
	__asm__ volatile("movl %%cr0, %%eax; orl $0x80010000, %%eax; movl %%eax, %%cr0" : : : "eax");
}

static void aliases(void)
{
	volatile u32 *a = (volatile u32 *)ALIAS, *phys = (volatile u32 *)0x300000;
	a[5] = 0xA11A5;
	kprintf("write via %08x reads back at phys 300014: %x\n", ALIAS + 20, phys[5]);
	volatile u32 *big = (volatile u32 *)(BIG_ALIAS + 0x123450), *bphys = (volatile u32 *)0x523450;
	*big = 0xB16;
	kprintf("write via 4 MiB alias reads back at phys 523450: %x\n", *bphys);
	kprintf("pte A/D after write: %02x, pde A: %02x, pse pde A/D: %02x\n", alias_pt[0] & 0x60, pd[ALIAS >> 22] & 0x20,
		pd[BIG_ALIAS >> 22] & 0x60);
	(void)*(volatile u32 *)(ALIAS + 0x3000);
	kprintf("pte A/D after read: %02x\n", alias_pt[3] & 0x60);
	alias_pt[0] = 0x302000 | P | RW;
	invlpg(ALIAS);
	kprintf("after remap + invlpg: %x (expect 0 from phys 302014)\n", a[5]);
	alias_pt[0] = 0x300000 | P | RW;
	load_cr3();
	kprintf("after remap back + cr3 reload: %x\n", a[5]);
	check(a[5] == 0xA11A5, "cr3 reload flushes");
}

#define PF_PROBE(name, insns, ...)                                    \
	do {                                                          \
		FAULT_PROBE(insns, __VA_ARGS__);                      \
		report_fault(name);                                   \
	} while (0)

static void faults(void)
{
	PF_PROBE("read of absent page", "movl 0x40002010, %%eax", : : : "eax");
	check(last_fault.vector == 14 && last_fault.error == 0 && last_fault.cr2 == 0x40002010, "#PF read absent");
	PF_PROBE("write to absent page", "movl $1, 0x40002ffe", : : : "memory");
	check(last_fault.error == 2 && last_fault.cr2 == 0x40002ffe, "#PF write absent");
	PF_PROBE("write to read-only page (WP=1)", "movb $1, 0x40001007", : : : "memory");
	check(last_fault.error == 3 && last_fault.cr2 == 0x40001007, "#PF write protect");
	PF_PROBE("read through absent PDE", "movl 0x80000004, %%eax", : : : "eax");
	PF_PROBE("dword straddling into absent page", "movl 0x40001ffe, %%eax", : : : "eax");
	check(last_fault.cr2 == 0x40002000, "cr2 is the first absent byte");
	PF_PROBE("jump to absent page", "movl $0x40002000, %%eax; jmp *%%eax", : : : "eax");
	check(last_fault.eip == 0x40002000 && last_fault.cr2 == 0x40002000, "fetch fault eip=cr2");
	u32 ecx, edi;
	__asm__ volatile("movl $0x40000ff0, %%esi; movl $0x40001ff8, %%edi; movl $32, %%ecx; movl $1f, fault_resume\n\t"
			 "cld; rep movsb\n1:\tmovl $0, fault_resume"
			 : "=c"(ecx), "=D"(edi) : : "esi", "memory");
	report_fault("rep movsb into read-only page (WP=1)");
	kprintf("stopped with ecx=%u edi=%08x\n", ecx, edi);
	__asm__ volatile("movl %%cr0, %%eax; andl $0xfffeffff, %%eax; movl %%eax, %%cr0" : : : "eax");
	PF_PROBE("write to read-only page (WP=0)", "movb $7, 0x40001007", : : : "memory");
	check(!last_fault.hit, "supervisor writes ignore R/W when WP=0");
	__asm__ volatile("movl $0x40000ff0, %%esi; movl $0x40002ff8, %%edi; movl $32, %%ecx; movl $1f, fault_resume\n\t"
			 "cld; rep movsb\n1:\tmovl $0, fault_resume"
			 : "=c"(ecx), "=D"(edi) : : "esi", "memory");
	report_fault("rep movsb into absent page");
	kprintf("stopped with ecx=%u edi=%08x\n", ecx, edi);
	check(ecx == 32 && edi == 0x40002ff8, "rep movsb into absent page faults before the first byte");
	__asm__ volatile("movl $0x40001ff8, %%esi; movl $0x40000ff8, %%edi; movl $32, %%ecx; movl $1f, fault_resume\n\t"
			 "cld; rep movsb\n1:\tmovl $0, fault_resume"
			 : "=c"(ecx), "=D"(edi) : : "esi", "memory");
	report_fault("rep movsb reading into absent page");
	kprintf("stopped with ecx=%u edi=%08x\n", ecx, edi);
	check(ecx == 24 && edi == 0x40001000, "rep movsb stops at the page boundary");
}

int kmain(void)
{
	build_tables();
	kprintf("paging on: cr0 pg=%u wp=%u\n", read_cr0() >> 31, (read_cr0() >> 16) & 1);
	aliases();
	faults();
	return failures;
}
