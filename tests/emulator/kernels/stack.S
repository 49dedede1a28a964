/*
 * Stack forms: push/pop of immediates, registers (ESP itself included), memory (with ESP-based
 * addressing), segment registers, 16-bit pushes, pusha/popa, pushf/popf, enter with nesting
 * levels, leave, and ret with an immediate. Each case prints EAX/EDX and how far ESP moved.
 */
#include "ops.h"

/* K "setup", "insn": like T, but ESP is restored afterwards and its movement printed in EDX
   (the case leaves a value of interest in EAX). */
.macro K setup, insn
	.pushsection .rodata
9:	.asciz "\insn [\setup]"
	.popsection
	movl %esp, saved_esp
	\setup
	\insn
	movl %esp, %edx
	subl saved_esp, %edx
	movl saved_esp, %esp
	pushl $0
	pushl $0
	pushl %edx
	pushl %eax
	pushl $9b
	call show_op
	addl $20, %esp
.endm

	.text
	.globl kmain
kmain:
	pushl %ebx
	pushl %esi
	pushl %edi
	pushl %ebp
	SECTION "push and pop"
	K "", "pushl $-5; movl (%esp),%eax"
	K "", "pushl $0x12345678; movl (%esp),%eax"
	K "", "pushw $0x1234; movzwl (%esp),%eax"
	K "movl $0xcafe,%ebx", "pushw %bx; movl (%esp),%eax"
	K "movl $0xabcdef01,m", "pushl m; movl (%esp),%eax"
	K "", "pushl %esp; movl (%esp),%eax; subl saved_esp,%eax"
	K "", "pushl $0x11; pushl $0x22; popl m; movl m,%eax"
	K "", "pushl $0x33; popl (%esp); movl -4(%esp),%eax"
	K "", "pushl $0x44; pushl $0x55; popl 4(%esp); movl (%esp),%eax"
	K "", "pushl $0x66; movl %esp,%ecx; pushl %ecx; popl %esp; movl (%esp),%eax"
	K "", "pushl %ds; movzwl (%esp),%eax"
	K "", "pushw %ss; movzwl (%esp),%eax"
	K "", "pushl $0x10; popl %fs; movl %fs,%eax"
	K "", "pushl %cs; movzwl (%esp),%eax"
	K "", "pushl $0x1234abcd; popw %ax; popw %dx; shll $16,%edx; orl %edx,%eax"
	SECTION "pusha and popa"
	K "movl $1,%eax; movl $2,%ecx; movl $3,%edx; movl $4,%ebx; movl $6,%ebp; movl $7,%esi; movl $8,%edi", "pushal; movl 12(%esp),%eax; subl saved_esp,%eax"
	K "movl $1,%eax; movl $2,%ecx; movl $3,%edx; movl $4,%ebx; movl $6,%ebp; movl $7,%esi; movl $8,%edi", "pushal; movl 28(%esp),%eax; addl (%esp),%eax"
	K "movl $0x10001,%eax; movl $0x20002,%ecx", "pushaw; movl 12(%esp),%eax"
	K "pushl $1; pushl $2; pushl $3; pushl $4; pushl $0xdead; pushl $6; pushl $7; pushl $8", "popal; leal (%eax,%ecx,2),%eax; addl %edx,%eax; addl %ebx,%eax; addl %ebp,%eax; addl %esi,%eax; addl %edi,%eax"
	SECTION "flags"
	K "", "pushfl; popl %eax"
	K "", "pushl $0x8d7; popfl; pushfl; popl %eax"
	K "", "pushl $0x3ed7; popfl; pushfl; popl %eax; pushl $2; popfl"
	K "", "pushl $0x00240002; popfl; pushfl; popl %eax; pushl $2; popfl"
	K "", "pushw $0x0cd5; popfw; pushfw; movzwl (%esp),%eax; pushl $2; popfl"
	SECTION "enter and leave"
	K "movl $0x1111,%ebp", "enter $0,$0; movl %ebp,%eax; subl saved_esp,%eax; leave; movl %ebp,%ecx"
	K "movl $0x2222,%ebp", "enter $16,$0; movl %esp,%eax; subl %ebp,%eax; leave"
	K "movl %esp,%ebp; subl $64,%ebp; movl $0xaaa,(%ebp); movl $0xbbb,-4(%ebp); movl $0xccc,-8(%ebp)", "enter $8,$1; movl -4(%ebp),%eax; subl saved_esp,%eax; leave"
	K "movl %esp,%ebp; subl $64,%ebp; movl $0xaaa,-4(%ebp); movl $0xbbb,-8(%ebp); movl $0xccc,-12(%ebp)", "enter $4,$3; movl -8(%ebp),%eax; addl -12(%ebp),%eax; leave"
	K "movl %esp,%ebp; subl $32,%ebp; movl $0x77,(%ebp)", "leave; movl %ebp,%eax"
	SECTION "call and ret"
	K "", "call 1f; 1: popl %eax; subl $1b,%eax"
	K "", "pushl $0x99; pushl $0x98; call 1f; jmp 2f; 1: ret $8; 2: movl $5,%eax"
	K "", "movl $1f,%ecx; call *%ecx; jmp 2f; 1: movl (%esp),%eax; subl $2f,%eax; ret; 2:"
	K "movl $1f,m", "call *m; jmp 2f; 1: movl $0x42,%eax; ret; 2:"
	popl %ebp
	popl %edi
	popl %esi
	popl %ebx
	xorl %eax, %eax
	ret

	.data
	.align 4
saved_esp: .long 0
m:	.long 0
