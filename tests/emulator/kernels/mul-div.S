/*
 * mul/imul (one, two and three operands) and div/idiv in 8, 16 and 32 bits. After mul/imul only
 * CF and OF are defined; after div/idiv no flag is, so none is printed. The divide errors
 * (#DE) live in mul-div.c.
 */
#include "ops.h"

	.text
	.globl mul_div_table
mul_div_table:
	pushl %ebx
	pushl %esi
	pushl %edi
	SECTION "mul"
.irp a, 0, 1, 0x7f, 0x80, 0xff, 0x7fff, 0xffff, 0x12345678, 0x7fffffff, 0x80000000, 0xffffffff
.irp b, 1, 0x80, 0xffff, 0x80000000, 0xffffffff
	T 0x801, 0x002, "movl $\a,%eax; movl $\b,%ebx; movl $0x55,%edx", "mulb %bl"
	T 0x801, 0x002, "movl $\a,%eax; movl $\b,%ebx; movl $0x55,%edx", "mulw %bx"
	T 0x801, 0x002, "movl $\a,%eax; movl $\b,%ebx", "mull %ebx"
	T 0x801, 0x002, "movl $\a,%eax; movl $\b,%ebx; movl $0x55,%edx", "imulb %bl"
	T 0x801, 0x002, "movl $\a,%eax; movl $\b,%ebx; movl $0x55,%edx", "imulw %bx"
	T 0x801, 0x002, "movl $\a,%eax; movl $\b,%ebx", "imull %ebx"
	T 0x801, 0x002, "movl $\a,%eax; movl $\b,%ebx", "imull %ebx,%eax"
	T 0x801, 0x002, "movl $\a,%eax; movl $\b,%ebx", "imulw %bx,%ax"
	T 0x801, 0x002, "movl $\a,%ebx", "imull $-3,%ebx,%eax"
	T 0x801, 0x002, "movl $\a,%ebx", "imull $0x10001,%ebx,%eax"
	T 0x801, 0x002, "movl $\a,%ebx; movl $0,%eax", "imulw $300,%bx,%ax"
.endr
.endr
	SECTION "div"
.macro DIV32 hi, lo
.irp d, 0x10, 0x7f, 0xff, 0x1234, 0xfffe, 0x80000000, 0xffffffff
	T 0x000, 0x002, "movl $\d,%ebx; movl $\hi,%edx; movl $\lo,%eax", "divl %ebx"
	T 0x000, 0x002, "movl $\d,%ebx; movl $\lo,%eax; cltd", "idivl %ebx"
.endr
.endm
	DIV32 0, 1
	DIV32 0, 7
	DIV32 0xf, 0x12345678
	DIV32 0x1, 0xfff1
	DIV32 0x7, 0x80000001
	DIV32 0x0, 0xffffffff
	DIV32 0x3, 0xfffffff0
.irp a, 0x0000, 0x007f, 0x00ff, 0x07e0, 0x7eff
	T 0x000, 0x002, "movl $\a,%eax; movl $0x7f,%ebx", "divb %bl"
	T 0x000, 0x002, "movl $\a,%eax; movl $0x0,%edx; movl $0x1234,%ebx", "divw %bx"
.endr
.irp a, 0x0000, 0x007f, 0x07ef, 0xf810, 0xff80, 0xfffe
	T 0x000, 0x002, "movl $\a,%eax; movl $0xf0,%ebx", "idivb %bl"
	T 0x000, 0x002, "movl $\a,%eax; movl $0xffff,%edx; movl $0x1234,%ebx", "idivw %bx"
	T 0x000, 0x002, "movl $\a,%eax; movl $0x0,%edx; movl $0xfff7,%ebx", "idivw %bx"
.endr
	popl %edi
	popl %esi
	popl %ebx
	ret
