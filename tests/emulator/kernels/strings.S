/*
 * String instructions: movs/stos/lods/cmps/scas in byte, word and dword forms, with and without
 * rep/repe/repne, forwards and backwards (DF), with ECX = 0, and overlapping moves. Each case
 * prints ESI/EDI as offsets into the buffers, ECX, EAX, the flags (defined only after cmps/scas)
 * and a checksum of the destination buffer.
 */
#include "ops.h"

.macro S mask, fin, setup, insn
	.pushsection .rodata
9:	.asciz "\insn [\setup]"
	.popsection
	call fill_buffers
	\setup
	pushl $\fin
	popfl
	\insn
	pushfl
	cld
	popl %ebx
	pushl $\mask
	pushl %ebx
	pushl %eax
	pushl %ecx
	pushl %edi
	pushl %esi
	pushl $9b
	call show_string
	addl $28, %esp
.endm

	.text
fill_buffers:
	movl $0, %ecx
1:	movb %cl, %al
	movb $37, %dl
	mulb %dl
	addb $11, %al
	movb %al, src(%ecx)
	movb $0xee, dst(%ecx)
	incl %ecx
	cmpl $128, %ecx
	jne 1b
	movl $0x11223344, %eax
	movl $0x55667788, %edx
	ret

	.globl kmain
kmain:
	pushl %ebx
	pushl %esi
	pushl %edi
	SECTION "moves and stores"
	S F_NONE, 0x002, "movl $src,%esi; movl $dst,%edi", "movsb"
	S F_NONE, 0x002, "movl $src,%esi; movl $dst,%edi", "movsw"
	S F_NONE, 0x002, "movl $src,%esi; movl $dst,%edi", "movsl"
	S F_NONE, 0x402, "movl $src+8,%esi; movl $dst+8,%edi", "movsl"
	S F_NONE, 0x002, "movl $src,%esi; movl $dst,%edi; movl $13,%ecx", "rep movsb"
	S F_NONE, 0x002, "movl $src,%esi; movl $dst,%edi; movl $7,%ecx", "rep movsw"
	S F_NONE, 0x002, "movl $src+1,%esi; movl $dst+3,%edi; movl $9,%ecx", "rep movsl"
	S F_NONE, 0x402, "movl $src+40,%esi; movl $dst+40,%edi; movl $10,%ecx", "rep movsl"
	S F_NONE, 0x402, "movl $src+63,%esi; movl $dst+63,%edi; movl $17,%ecx", "rep movsb"
	S F_NONE, 0x002, "movl $src,%esi; movl $dst,%edi; movl $0,%ecx", "rep movsl"
	S F_NONE, 0x002, "movl $src,%esi; movl $src+1,%edi; movl $20,%ecx", "rep movsb"
	S F_NONE, 0x402, "movl $src+20,%esi; movl $src+21,%edi; movl $20,%ecx", "rep movsb"
	S F_NONE, 0x002, "movl $dst,%edi; movl $5,%ecx", "rep stosb"
	S F_NONE, 0x002, "movl $dst+1,%edi; movl $5,%ecx", "rep stosw"
	S F_NONE, 0x402, "movl $dst+60,%edi; movl $6,%ecx", "rep stosl"
	S F_NONE, 0x002, "movl $dst,%edi; movl $0,%ecx", "rep stosl"
	S F_NONE, 0x002, "movl $src+5,%esi", "lodsb"
	S F_NONE, 0x402, "movl $src+5,%esi", "lodsw"
	S F_NONE, 0x002, "movl $src+5,%esi; movl $3,%ecx", "rep lodsl"
	S F_NONE, 0x002, "movl $src,%esi; movl $dst,%edi; movl $4,%ecx", "1: lodsb; xorb $0x5a,%al; stosb; loop 1b"
	SECTION "compares and scans"
	S F_ALL, 0x002, "movl $src,%esi; movl $src,%edi", "cmpsb"
	S F_ALL, 0x002, "movl $src,%esi; movl $dst,%edi", "cmpsl"
	S F_ALL, 0x002, "movl $src,%esi; movl $src,%edi; movl $30,%ecx", "repe cmpsb"
	S F_ALL, 0x002, "movl $src,%esi; movl $src,%edi; movl $0,%ecx", "repe cmpsb"
	S F_ALL, 0x002, "movl $src,%esi; movl $dst,%edi; movl $30,%ecx; movb $0,src+5; movb $0,dst+5", "repne cmpsb"
	S F_ALL, 0x002, "movl $src,%esi; movl $dst,%edi; movl $8,%ecx; movl src+12,%eax; movl %eax,dst+12", "repne cmpsl"
	S F_ALL, 0x402, "movl $src+30,%esi; movl $src+30,%edi; movl $12,%ecx", "repe cmpsw"
	S F_ALL, 0x002, "movl $src,%edi; movb src+17,%al; movl $100,%ecx", "repne scasb"
	S F_ALL, 0x002, "movl $src,%edi; movb $0xff,%al; movl $40,%ecx", "repne scasb"
	S F_ALL, 0x002, "movl $dst,%edi; movl $0xeeeeeeee,%eax; movl $10,%ecx", "repe scasl"
	S F_ALL, 0x002, "movl $dst,%edi; movl $0xeeeeeeee,%eax; movl $10,%ecx; movb $1,dst+22", "repe scasw"
	S F_ALL, 0x402, "movl $src+50,%edi; movb src+3,%al; movl $60,%ecx", "repne scasb"
	popl %edi
	popl %esi
	popl %ebx
	xorl %eax, %eax
	ret

	.bss
	.align 16
	.globl src, dst
	.fill 16, 1, 0
src:	.fill 128, 1, 0
	.fill 16, 1, 0
dst:	.fill 128, 1, 0
	.fill 16, 1, 0
