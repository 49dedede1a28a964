	.section .text.helper, "axG", @progbits, helper, comdat
	.globl helper
helper:
	movl $2, %eax
	ret
	.text
	.globl other
other:
	call helper
	ret
	.section .note.GNU-stack, "", @progbits
