/*
 * ALU and flags: add/adc/sub/sbb/cmp/and/or/xor/test/inc/dec/neg/not in 8, 16 and 32 bits over
 * edge operands and both carry-in states, BCD adjusts, exchanges and the flag instructions.
 */
#include "ops.h"

.macro BINOPS a, b
	T F_ALL, 0x002, "movl $\a,%eax; movl $\b,%ebx", "addl %ebx,%eax"
	T F_ALL, 0x002, "movl $\a,%eax; movl $\b,%ebx", "addw %bx,%ax"
	T F_ALL, 0x002, "movl $\a,%eax; movl $\b,%ebx", "addb %bl,%al"
	T F_ALL, 0x003, "movl $\a,%eax; movl $\b,%ebx", "adcl %ebx,%eax"
	T F_ALL, 0x003, "movl $\a,%eax; movl $\b,%ebx", "adcb %bl,%ah"
	T F_ALL, 0x002, "movl $\a,%eax; movl $\b,%ebx", "subl %ebx,%eax"
	T F_ALL, 0x002, "movl $\a,%eax; movl $\b,%ebx", "subw %bx,%ax"
	T F_ALL, 0x002, "movl $\a,%eax; movl $\b,%ebx", "subb %bl,%al"
	T F_ALL, 0x003, "movl $\a,%eax; movl $\b,%ebx", "sbbl %ebx,%eax"
	T F_ALL, 0x003, "movl $\a,%eax; movl $\b,%ebx", "sbbw %bx,%ax"
	T F_ALL, 0x8D4, "movl $\a,%eax; movl $\b,%ebx", "cmpl %ebx,%eax"
	T F_ALL, 0x002, "movl $\a,%eax; movl $\b,%ebx", "cmpb %bl,%al"
	T F_LOGIC, 0x8D7, "movl $\a,%eax; movl $\b,%ebx", "andl %ebx,%eax"
	T F_LOGIC, 0x002, "movl $\a,%eax; movl $\b,%ebx", "orw %bx,%ax"
	T F_LOGIC, 0x002, "movl $\a,%eax; movl $\b,%ebx", "xorb %bl,%al"
	T F_LOGIC, 0x003, "movl $\a,%eax; movl $\b,%ebx", "testl %ebx,%eax"
.endm

.macro UNOPS a
	T F_LOGIC, 0x003, "movl $\a,%eax", "incl %eax"
	T F_LOGIC, 0x002, "movl $\a,%eax", "incb %al"
	T F_LOGIC, 0x003, "movl $\a,%eax", "decw %ax"
	T F_LOGIC, 0x002, "movl $\a,%eax", "decl %eax"
	T F_ALL, 0x002, "movl $\a,%eax", "negl %eax"
	T F_ALL, 0x002, "movl $\a,%eax", "negb %al"
	T F_ALL, 0x8D5, "movl $\a,%eax", "notl %eax"
.endm

.macro BCD a, fin
	T 0x0D5, \fin, "movl $\a,%eax", "daa"
	T 0x0D5, \fin, "movl $\a,%eax", "das"
	T 0x011, \fin, "movl $\a,%eax", "aaa"
	T 0x011, \fin, "movl $\a,%eax", "aas"
	T 0x0C4, \fin, "movl $\a,%eax", "aam"
	T 0x0C4, \fin, "movl $\a,%eax", "aad"
.endm

	.text
	.globl kmain
kmain:
	pushl %ebx
	pushl %esi
	pushl %edi
	SECTION "binary"
.irp a, 0, 1, 0x7f, 0x80, 0xff, 0x7fff, 0x8000, 0x7fffffff, 0x80000000, 0xffffffff
.irp b, 0, 1, 0x80, 0xffff, 0x7fffffff, 0xffffffff
	BINOPS \a, \b
.endr
.endr
	SECTION "unary"
.irp a, 0, 1, 0x7f, 0x80, 0xff, 0x7fff, 0x8000, 0xffff, 0x7fffffff, 0x80000000, 0xffffffff
	UNOPS \a
.endr
	SECTION "bcd"
.irp a, 0x00, 0x09, 0x0a, 0x0f, 0x19, 0x1f, 0x99, 0x9a, 0xa0, 0xff, 0x0109, 0x02fa
.irp f, 0x002, 0x003, 0x012, 0x013
	BCD \a, \f
.endr
.endr
	SECTION "extend and convert"
	T F_ALL, 0x8D7, "movl $0x12345680,%ebx; movl $-1,%eax", "movzbl %bl,%eax"
	T F_ALL, 0x002, "movl $0x12348680,%ebx", "movswl %bx,%eax"
	T F_ALL, 0x002, "movl $0x12348680,%ebx", "movsbw %bl,%ax"
	T F_ALL, 0x002, "movl $0x12348680,%ebx; movl $0,%eax", "movzwl %bx,%eax"
	T F_ALL, 0x002, "movl $0x1234f080,%eax", "cbtw"
	T F_ALL, 0x002, "movl $0x1234f080,%eax", "cwtl"
	T F_ALL, 0x002, "movl $0x1234f080,%eax; movl $0,%edx", "cwtd"
	T F_ALL, 0x002, "movl $0x8234f080,%eax", "cltd"
	T F_ALL, 0x002, "movl $0x7234f080,%eax; movl $-1,%edx", "cltd"
	T F_ALL, 0x002, "movl $0x11111111,%ebx; movl $0x22222222,%esi", "leal 0x7fffffff(%ebx,%esi,8),%eax"
	T F_ALL, 0x002, "movl $0x11111111,%ebx; movl $0x22222222,%esi", "leaw -2(%ebx,%esi,2),%ax"
	T F_ALL, 0x002, "movl $0x12345678,%eax", "bswap %eax"
	SECTION "exchange"
	T F_ALL, 0x002, "movl $5,%eax; movl $7,%edx", "xchgl %eax,%edx"
	T F_ALL, 0x002, "movl $0x1234,%eax; movl $0xabcd,%edx", "xchgb %ah,%dl"
	T F_ALL, 0x002, "movl $0x7fffffff,%eax; movl $1,%edx", "xaddl %eax,%edx"
	T F_ALL, 0x002, "movl $0xff,%eax; movl $1,%edx", "xaddb %dl,%al"
	T F_ALL, 0x002, "movl $5,%eax; movl $5,%ebx; movl $9,%edx", "cmpxchgl %edx,%ebx; movl %ebx,%edx"
	T F_ALL, 0x002, "movl $4,%eax; movl $5,%ebx; movl $9,%edx", "cmpxchgl %edx,%ebx; movl %ebx,%edx"
	T F_ALL, 0x002, "movl $0x80,%eax; movl $0x7f,%ebx; movl $9,%edx", "cmpxchgb %dl,%bl; movl %ebx,%edx"
	T F_ALL, 0x002, "movl $1,%eax; movl $2,%edx; movl $3,%ebx; movl $4,%ecx; movl $1,m64; movl $2,m64+4", "cmpxchg8b m64; movl m64,%eax; movl m64+4,%edx"
	T F_ALL, 0x002, "movl $1,%eax; movl $2,%edx; movl $3,%ebx; movl $4,%ecx; movl $1,m64; movl $5,m64+4", "cmpxchg8b m64"
	T F_ALL, 0x002, "movl $10,m64; movl $3,%eax", "lock xaddl %eax,m64; movl m64,%edx"
	T F_ALL, 0x002, "movl $10,m64; movl $3,%eax", "lock subl %eax,m64; movl m64,%edx"
	SECTION "flag instructions"
	T F_ALL, 0x8D5, "movl $0,%eax", "lahf"
	T F_ALL, 0x002, "movl $0xd700,%eax", "sahf"
	T F_ALL, 0x002, "movl $0x2a00,%eax", "sahf"
	T F_ALL, 0x003, "", "cmc"
	T F_ALL, 0x002, "", "cmc"
	T F_ALL, 0x8D7, "", "clc"
	T F_ALL, 0x002, "", "stc"
	T 0x400, 0x002, "", "std; pushfl; cld; popl %eax"
	popl %edi
	popl %esi
	popl %ebx
	xorl %eax, %eax
	ret

	.data
	.align 8
m64:	.quad 0
