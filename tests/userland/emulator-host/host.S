/* host.S - a minimal multiboot "kernel" that runs one static i386 user program (module 0)
 * on our emulator, so the bench can count the instructions the program executes.
 * Everything runs in ring 0 with flat segments and paging off; int $0x80 reaches
 * host_syscall() in host.c. Not the teaching kernel: just enough for write/brk/exit. */
#define MB_MAGIC 0x1BADB002
#define MB_FLAGS 0

	.section .multiboot, "a"
	.align 4
	.long MB_MAGIC, MB_FLAGS, -(MB_MAGIC + MB_FLAGS)

	.text
	.globl _start
_start:
	cli
	movl $stack_top, %esp
	lgdt gdt_desc
	ljmp $0x08, $1f
1:	movw $0x10, %ax
	movw %ax, %ds
	movw %ax, %es
	movw %ax, %ss
	movw %ax, %fs
	movw %ax, %gs
	pushl %ebx                  /* the multiboot information */
	call host_main
2:	hlt
	jmp 2b

/* int $0x80: the registers as pushal leaves them are host_syscall's struct regs. */
	.globl syscall_entry
syscall_entry:
	pushal
	pushl %esp
	call host_syscall
	addl $4, %esp
	popal
	iret

/* Any other interrupt or exception: stop with exit code 0xEE. */
	.globl fault_entry
fault_entry:
	movw $0xf4, %dx
	movb $0xee, %al
	outb %al, %dx
3:	hlt
	jmp 3b

/* enter_user(entry, sp): start the program with the Linux initial stack at sp. */
	.globl enter_user
enter_user:
	movl 4(%esp), %eax
	movl 8(%esp), %esp
	xorl %ebx, %ebx
	xorl %ecx, %ecx
	xorl %edx, %edx
	xorl %esi, %esi
	xorl %edi, %edi
	xorl %ebp, %ebp
	jmp *%eax

	.data
	.align 8
gdt:
	.quad 0
	.quad 0x00CF9A000000FFFF    /* 0x08: code, flat 4 GiB */
	.quad 0x00CF92000000FFFF    /* 0x10: data, flat 4 GiB */
gdt_desc:
	.word 23
	.long gdt

	.bss
	.align 16
	.space 16384
stack_top:
