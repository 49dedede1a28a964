/*
 * Table macros for the instruction kernels (GNU as, included through cpp).
 *
 * T mask, flags_in, "setup", "insn": runs setup, loads EFLAGS with flags_in, runs insn, then
 * prints "insn [setup] eax edx flags&mask" through show_op(). mask names the flags the manuals
 * define for that instruction (CF 001 PF 004 AF 010 ZF 040 SF 080 OF 800).
 */
#define F_ALL 0x8D5
#define F_LOGIC 0x8C5
#define F_NONE 0x000

.macro T mask, fin, setup, insn
	.pushsection .rodata
9:	.asciz "\insn [\setup]"
	.popsection
	\setup
	pushl $\fin
	popfl
	\insn
	pushfl
	popl %ecx
	pushl $\mask
	pushl %ecx
	pushl %edx
	pushl %eax
	pushl $9b
	call show_op
	addl $20, %esp
.endm

/* Prints a title line, so a transcript diff names the section. */
.macro SECTION title
	.pushsection .rodata
9:	.asciz "== \title\n"
	.popsection
	pushl $9b
	call kprintf
	addl $4, %esp
.endm
