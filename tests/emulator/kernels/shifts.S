/*
 * Shifts and rotates (shl/shr/sar/rol/ror/rcl/rcr, shld/shrd) in 8, 16 and 32 bits, by 1, by an
 * immediate and by CL, with counts around every boundary (0, 1, width-1, width, width+1, 31,
 * 32, 33: the CPU masks the count to 5 bits). Only the flags the manuals define for each count
 * are printed: AF never after a shift, OF only for a count of 1, CF not after shl/shr by the
 * operand width or more.
 */
#include "ops.h"

.macro SH kind, width, reg, a, c, fin
	.set cnt, (\c) & 31
	.ifc \kind,shl
	.set sh, 1
	.else
	.ifc \kind,shr
	.set sh, 1
	.else
	.ifc \kind,sar
	.set sh, 2
	.else
	.set sh, 0
	.endif
	.endif
	.endif
	/* (gas comparisons yield -1 for true, so the masks are chosen with .if, not arithmetic) */
	.if cnt == 0
	.set m, F_ALL
	.elseif sh == 0
	.if cnt == 1
	.set m, F_ALL
	.else
	.set m, 0x0D5
	.endif
	.elseif cnt == 1
	.set m, 0x8C5
	.elseif sh == 1
	.if cnt >= \width
	.set m, 0x0C4
	.else
	.set m, 0x0C5
	.endif
	.else
	.set m, 0x0C5
	.endif
	T m, \fin, "movl $\a,%eax; movl $\c,%ecx", "\kind \reg"
.endm

.macro SIZES kind, c
	SH \kind, 32, "%cl,%eax", 0x80000001, \c, 0x002
	SH \kind, 32, "%cl,%eax", 0x12345678, \c, 0x0D7
	SH \kind, 16, "%cl,%ax", 0x0000f0f1, \c, 0x003
	SH \kind, 8, "%cl,%al", 0x00000081, \c, 0x002
	SH \kind, 8, "%cl,%ah", 0x00004100, \c, 0x8D7
.endm

.macro DBL kind, width, regs, c, fin
	.set cnt, (\c) & 31
	.if cnt == 0
	.set m, F_ALL
	.elseif cnt == 1
	.set m, 0x8C5
	.else
	.set m, 0x0C5
	.endif
	T m, \fin, "movl $0x89abcdef,%eax; movl $0x13579bdf,%edx; movl $\c,%ecx", "\kind \regs"
.endm

	.text
	.globl kmain
kmain:
	pushl %ebx
	pushl %esi
	pushl %edi
.irp kind, shl, shr, sar, rol, ror, rcl, rcr
	SECTION "\kind"
.irp c, 0, 1, 2, 7, 8, 9, 15, 16, 17, 31, 32, 33
	SIZES \kind, \c
.endr
	/* AF is undefined after a shift and untouched by a rotate: left out for both here. */
	T 0x8C5, 0x003, "movl $0xc0000001,%eax", "\kind $1,%eax"
	T 0x0C5, 0x002, "movl $0xc0000001,%eax", "\kind $5,%eax"
	T 0x8C5, 0x002, "movl $0x81,%eax", "\kind %al"
	T 0x8C5, 0x003, "movl $0x4001,%eax", "\kind %ax"
	T 0x8C5, 0x802, "movl $0x40000000,%eax", "\kind %eax"
.endr
	SECTION "double shifts"
.irp c, 0, 1, 4, 15, 31, 32
	DBL shld, 32, "%cl,%edx,%eax", \c, 0x002
	DBL shrd, 32, "%cl,%edx,%eax", \c, 0x003
.endr
.irp c, 0, 1, 4, 15
	DBL shld, 16, "%cl,%dx,%ax", \c, 0x002
	DBL shrd, 16, "%cl,%dx,%ax", \c, 0x0D7
.endr
	T 0x0C5, 0x002, "movl $0x89abcdef,%eax; movl $0x13579bdf,%edx", "shldl $12,%edx,%eax"
	T 0x0C5, 0x002, "movl $0x89abcdef,%eax; movl $0x13579bdf,%edx", "shrdl $20,%edx,%eax"
	popl %edi
	popl %esi
	popl %ebx
	xorl %eax, %eax
	ret
