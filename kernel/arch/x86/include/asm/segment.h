#ifndef _ASM_X86_SEGMENT_H
#define _ASM_X86_SEGMENT_H

/*
 * The GDT layout of Linux 2.6.33 on i386 (only the entries we use):
 *
 *   6- 8  TLS segments (set_thread_area)     0x33, 0x3b, 0x43
 *  12     kernel code                        __KERNEL_CS 0x60
 *  13     kernel data                        __KERNEL_DS 0x68
 *  14     default user code                  __USER_CS   0x73
 *  15     default user data                  __USER_DS   0x7b
 *  16     TSS                                GDT_ENTRY_TSS
 */
#define GDT_ENTRY_TLS_MIN		6
#define GDT_ENTRY_TLS_ENTRIES		3
#define GDT_ENTRY_TLS_MAX		(GDT_ENTRY_TLS_MIN + GDT_ENTRY_TLS_ENTRIES - 1)
#define GDT_ENTRY_KERNEL_CS		12
#define GDT_ENTRY_KERNEL_DS		13
#define GDT_ENTRY_DEFAULT_USER_CS	14
#define GDT_ENTRY_DEFAULT_USER_DS	15
#define GDT_ENTRY_TSS			16
#define GDT_ENTRIES			32

#define __KERNEL_CS	(GDT_ENTRY_KERNEL_CS * 8)
#define __KERNEL_DS	(GDT_ENTRY_KERNEL_DS * 8)
#define __USER_CS	(GDT_ENTRY_DEFAULT_USER_CS * 8 + 3)
#define __USER_DS	(GDT_ENTRY_DEFAULT_USER_DS * 8 + 3)
#define __TSS_SEL	(GDT_ENTRY_TSS * 8)

#define SEGMENT_RPL_MASK	0x3
#define USER_RPL		0x3

#endif
