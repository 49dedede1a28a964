/* The same COMDAT group in two objects: the linker keeps the first copy only. */
	.section .text.helper, "axG", @progbits, helper, comdat
	.globl helper
helper:
	movl $1, %eax
	ret
	.text
	.globl _start
_start:
	call helper
	call other
	movl $weak_missing, %ebx
	movl $abs_sym, %ecx
	movl %eax, %ebx
	movl $1, %eax
	int $0x80
	.weak weak_missing
	.globl abs_sym
	.set abs_sym, 0x1234
	.section .note.GNU-stack, "", @progbits
