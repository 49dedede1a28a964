/* A tiny higher-half multiboot kernel entry: the multiboot header, then paging on with the first
   4 MiB mapped both at 0 and at 0xC0000000 (4 MiB pages), a stack, and a call into C. */
#define PAGE_OFFSET 0xC0000000
	.section .multiboot, "a"
	.align 4
	.long 0x1BADB002
	.long 0x00000003
	.long -(0x1BADB002 + 0x00000003)

	.section .text.head, "ax"
	.globl startup_32
startup_32:
	movl $(boot_pgdir - PAGE_OFFSET), %eax
	movl $0x00000083, (%eax)
	movl $0x00000083, 3072(%eax)
	movl %eax, %cr3
	movl %cr4, %ecx
	orl $0x10, %ecx
	movl %ecx, %cr4
	movl %cr0, %ecx
	orl $0x80000000, %ecx
	movl %ecx, %cr0
	movl $1f, %ecx
	jmp *%ecx
1:	movl $stack_top, %esp
	pushl %ebx
	call start_kernel
2:	hlt
	jmp 2b

	.section .bss.page_aligned, "aw", @nobits
	.align 4096
boot_pgdir:
	.space 4096
	.align 8192	/* past a page: the segment's alignment follows (p_align 0x2000) */
	.globl stack_bottom
stack_bottom:
	.space 8192
stack_top:
	.section .note.GNU-stack, "", @progbits
