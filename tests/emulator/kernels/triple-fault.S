/*
 * A triple fault: with an empty IDT, int3 raises #GP, which cannot be delivered either (#DF),
 * and the double fault cannot be delivered: the machine resets. QEMU, run with -no-reboot,
 * exits without writing the exit port; our PC must report a reset instead of crashing.
 */
	.text
	.globl kmain
kmain:
	pushl $msg
	call kprintf
	addl $4, %esp
	lidt empty_idt
	int3
	pushl $0xEE
	call kexit

	.data
empty_idt:
	.word 0
	.long 0
msg:	.asciz "about to triple fault\n"
