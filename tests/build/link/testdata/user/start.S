/* The program entry: argc/argv from the initial stack into main, then exit(main's result). */
	.text
	.globl _start
_start:
	xorl %ebp, %ebp
	movl (%esp), %eax
	leal 4(%esp), %ecx
	pushl %ecx
	pushl %eax
	call main
	movl %eax, %ebx
	movl $1, %eax
	int $0x80
	.section .note.GNU-stack, "", @progbits
