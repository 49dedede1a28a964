#ifndef _ASM_X86_ASM_OFFSETS_H
#define _ASM_X86_ASM_OFFSETS_H

/*
 * Offsets used by entry_32.S. Linux generates this file from C
 * (asm-offsets.c); here it is written by hand and checked at compile time
 * by check_asm_offsets() in arch/x86/kernel/traps.c.
 */

/* struct pt_regs, as laid out by SAVE_ALL */
#define PT_EBX		0x00
#define PT_ECX		0x04
#define PT_EDX		0x08
#define PT_ESI		0x0C
#define PT_EDI		0x10
#define PT_EBP		0x14
#define PT_EAX		0x18
#define PT_DS		0x1C
#define PT_ES		0x20
#define PT_FS		0x24
#define PT_GS		0x28
#define PT_ORIG_EAX	0x2C
#define PT_EIP		0x30
#define PT_CS		0x34
#define PT_EFLAGS	0x38
#define PT_OLDESP	0x3C
#define PT_OLDSS	0x40

/* struct thread_info, at the bottom of every kernel stack */
#define TI_task			0x00
#define TI_flags		0x04
#define TI_sysenter_return	0x08

/* struct tss_struct: where ia32_sysenter_target finds the kernel stack */
#define TSS_sysenter_sp0	0x00

#endif
