#ifndef _ASM_X86_DESC_H
#define _ASM_X86_DESC_H

#include <asm/segment.h>

#ifndef __ASSEMBLY__
/* one 8-byte GDT/IDT entry, as two words */
struct desc_struct {
	unsigned int a, b;
};

struct desc_ptr {
	unsigned short size;
	unsigned long address;
} __attribute__((packed));

/* the 32-bit hardware task-state segment: only esp0/ss0 and the I/O map matter */
struct x86_hw_tss {
	unsigned short back_link, __blh;
	unsigned long sp0;
	unsigned short ss0, __ss0h;
	unsigned long sp1;
	unsigned short ss1, __ss1h;
	unsigned long sp2;
	unsigned short ss2, __ss2h;
	unsigned long __cr3, ip, flags, ax, cx, dx, bx, sp, bp, si, di;
	unsigned short es, __esh, cs, __csh, ss, __ssh, ds, __dsh;
	unsigned short fs, __fsh, gs, __gsh, ldt, __ldth;
	unsigned short trace, io_bitmap_base;
} __attribute__((packed));

/*
 * Linux's tss_struct starts with the hardware TSS; the sysenter entry reads
 * sp0 at offset TSS_sysenter_sp0 from the address MSR_IA32_SYSENTER_ESP
 * points to (the start of this structure).
 */
struct tss_struct {
	struct x86_hw_tss x86_tss;
};

extern struct desc_struct gdt_table[GDT_ENTRIES];
extern struct tss_struct init_tss;

/* user-visible TLS descriptor (set_thread_area) */
struct user_desc {
	unsigned int entry_number;
	unsigned int base_addr;
	unsigned int limit;
	unsigned int seg_32bit:1;
	unsigned int contents:2;
	unsigned int read_exec_only:1;
	unsigned int limit_in_pages:1;
	unsigned int seg_not_present:1;
	unsigned int useable:1;
};

void set_intr_gate(unsigned int n, void *addr);
void set_trap_gate(unsigned int n, void *addr);
void set_system_intr_gate(unsigned int n, void *addr);
void set_system_trap_gate(unsigned int n, void *addr);
void pack_descriptor(struct desc_struct *d, unsigned long base, unsigned long limit,
		     unsigned char type, unsigned char flags);
void load_TLS(struct desc_struct *tls);
void load_sp0(unsigned long sp0);
void cpu_init(void);
#endif

#endif
