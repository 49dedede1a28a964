/*
 * Bit tests (bt/bts/btr/btc with register, immediate and memory bit-string operands, including
 * offsets outside the addressed dword), bsf/bsr, every setcc and cmovcc condition over a set of
 * flag states, and test. Printed flags: CF after bt*, ZF after bsf/bsr.
 */
#include "ops.h"

.macro CONDS fin
.irp cc, o, no, b, ae, e, ne, be, a, s, ns, p, np, l, ge, le, g
	T F_NONE, \fin, "movl $0x12345678,%eax", "set\cc %al"
	T F_NONE, \fin, "movl $1,%eax; movl $2,%edx", "cmov\cc %edx,%eax"
.endr
	T F_NONE, \fin, "movl $0xaaaa5555,%eax; movl $0x1234,mem", "cmovew mem,%ax"
	T F_NONE, \fin, "movl $0xaaaa5555,%eax; movl $0x1234,mem", "cmovnel mem,%eax"
.endm

	.text
	.globl kmain
kmain:
	pushl %ebx
	pushl %esi
	pushl %edi
	SECTION "bit tests"
.irp op, bt, bts, btr, btc
.irp b, 0, 1, 7, 31, 32, 33, 63
	T 0x001, 0x002, "movl $0x80000002,%eax; movl $\b,%edx", "\op %edx,%eax"
	T 0x001, 0x003, "movl $0x80000002,%eax", "\op $\b,%eax"
.endr
.irp b, 0, 15, 16, 17
	T 0x001, 0x002, "movl $0x00018001,%eax; movl $\b,%edx", "\op %dx,%ax"
.endr
.irp b, 0, 9, 33, 100, -1, -9, -33
	T 0x001, 0x002, "movl $\b,%edx; movl $0x01234567,bits+0; movl $0x89abcdef,bits+4; movl $0x0f0f0f0f,bits+8; movl $0xf0f0f0f0,bits+12; movl $0xa5a5a5a5,bits-4; movl $0x5a5a5a5a,bits-8", "\op %edx,bits; movl bits-8,%eax; xorl bits-4,%eax; xorl bits,%eax; xorl bits+4,%eax; xorl bits+8,%eax; xorl bits+12,%eax"
.endr
.endr
.irp op, btl, btsl, btrl, btcl
	T 0x001, 0x002, "movl $0x55,bits+1", "\op $12,bits+1; movl bits,%eax"
.endr
	SECTION "bit scans"
.irp v, 1, 2, 0x80, 0x10000, 0x80000000, 0xffffffff, 0x00f00f00
	T 0x040, 0x002, "movl $\v,%edx; movl $-1,%eax", "bsfl %edx,%eax"
	T 0x040, 0x002, "movl $\v,%edx; movl $-1,%eax", "bsrl %edx,%eax"
	T 0x040, 0x002, "movl $\v,%edx; movl $-1,%eax", "bsfw %dx,%ax"
	T 0x040, 0x002, "movl $\v,%edx; movl $-1,%eax", "bsrw %dx,%ax"
.endr
	T 0x040, 0x002, "movl $0,%edx; movl $-1,%eax", "bsfl %edx,%eax; movl $0,%eax"
	T 0x040, 0x002, "movl $0,%edx; movl $-1,%eax", "bsrl %edx,%eax; movl $0,%eax"
	SECTION "conditions"
.irp f, 0x002, 0x003, 0x042, 0x082, 0x802, 0x882, 0x0c3, 0x006, 0x8c7, 0x843
	CONDS \f
.endr
	SECTION "test"
.irp a, 0, 0x80, 0x8000, 0x80000000, 0x7f
	T F_LOGIC, 0x003, "movl $\a,%eax", "testl %eax,%eax"
	T F_LOGIC, 0x8d7, "movl $\a,%eax", "testb $0x80,%al"
	T F_LOGIC, 0x002, "movl $\a,%eax", "testw $0x8000,%ax"
.endr
	popl %edi
	popl %esi
	popl %ebx
	xorl %eax, %eax
	ret

	.data
	.align 4
mem:	.long 0
	.fill 16, 1, 0
bits:	.fill 32, 1, 0
