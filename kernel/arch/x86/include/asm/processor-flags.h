#ifndef _ASM_X86_PROCESSOR_FLAGS_H
#define _ASM_X86_PROCESSOR_FLAGS_H

#define X86_EFLAGS_CF	0x00000001
#define X86_EFLAGS_IF	0x00000200
#define X86_EFLAGS_DF	0x00000400
#define X86_EFLAGS_IOPL	0x00003000
#define X86_EFLAGS_NT	0x00004000
#define X86_EFLAGS_VM	0x00020000

#define X86_CR0_PE	0x00000001
#define X86_CR0_MP	0x00000002
#define X86_CR0_NE	0x00000020
#define X86_CR0_WP	0x00010000
#define X86_CR0_PG	0x80000000

/*
 * Control-register moves spelled as bytes: the tcc assembler of Debian 12
 * does not know "movl %crN" in every build, GNU as does; both accept .byte.
 */
#define MOVL_CR0_EAX	.byte 0x0f,0x20,0xc0
#define MOVL_EAX_CR0	.byte 0x0f,0x22,0xc0
#define MOVL_EAX_CR3	.byte 0x0f,0x22,0xd8

#endif
