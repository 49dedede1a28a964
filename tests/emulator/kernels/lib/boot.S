/*
 * Boot stub shared by every test kernel: the multiboot v1 header, our own GDT (so tests can
 * patch descriptor slots), an IDT whose stubs all reach trap_dispatch() in runtime.c, and the
 * ring-3 entry/exit helpers.
 *
 * Trap frame built by the stubs (lowest address first), mirrored by struct trap_frame:
 *   edi esi ebp esp' ebx edx ecx eax   (pushal)
 *   gs fs es ds                        (pushed by the common stub)
 *   vector error                       (error = 0 for vectors without one)
 *   eip cs eflags [esp ss]             (pushed by the CPU; esp/ss only from ring 3)
 */
#define MB_MAGIC 0x1BADB002
#define MB_FLAGS 0x00000002

	.section .multiboot, "a"
	.align 4
	.long MB_MAGIC, MB_FLAGS, -(MB_MAGIC + MB_FLAGS)

	.text
	.globl _start
_start:
	cli
	movl %eax, boot_magic
	movl %ebx, boot_info
	/* The loader leaves the other registers undefined: clear them so every machine (and the
	   lockstep comparison, which starts at boot_synced) sees the same state from here on. */
	xorl %eax, %eax
	xorl %ebx, %ebx
	xorl %ecx, %ecx
	xorl %edx, %edx
	xorl %esi, %esi
	xorl %edi, %edi
	xorl %ebp, %ebp
	movl $boot_stack_top, %esp
	pushl $2
	popfl
	.globl boot_synced
boot_synced:
	lgdt gdt_desc
	ljmp $0x08, $1f
1:	movw $0x10, %ax
	movw %ax, %ds
	movw %ax, %es
	movw %ax, %fs
	movw %ax, %gs
	movw %ax, %ss
	call idt_install
	lidt idt_desc
	call runtime_init
	call kmain
	pushl %eax
	call kexit
2:	cli
	hlt
	jmp 2b

/* Fill idt[v] with a DPL0 interrupt gate to isr_table[v] for every vector. */
idt_install:
	xorl %ecx, %ecx
1:	movl isr_table(,%ecx,4), %eax
	movw %ax, idt(,%ecx,8)
	movw $0x08, idt+2(,%ecx,8)
	movw $0x8E00, idt+4(,%ecx,8)
	shrl $16, %eax
	movw %ax, idt+6(,%ecx,8)
	incl %ecx
	cmpl $256, %ecx
	jne 1b
	ret

/* One stub per vector; the CPU pushes an error code only for 8, 10-14 and 17. */
.macro isr vec
	.align 16
isr_\vec:
	.if (\vec == 8) || ((\vec >= 10) && (\vec <= 14)) || (\vec == 17)
	.else
	pushl $0
	.endif
	pushl $\vec
	jmp trap_common
.endm

	.align 16
isr_first:
.altmacro
.set vec, 0
.rept 256
	isr %vec
	.set vec, vec + 1
.endr

trap_common:
	pushl %ds
	pushl %es
	pushl %fs
	pushl %gs
	pushal
	movw $0x10, %ax
	movw %ax, %ds
	movw %ax, %es
	pushl %esp
	call trap_dispatch
	addl $4, %esp
	.globl trap_return
trap_return:
	popal
	popl %gs
	popl %fs
	popl %es
	popl %ds
	addl $8, %esp
	iret

/*
 * uint32_t enter_user(void (*fn)(void), uint32_t user_esp): iret to ring 3 at fn with the given
 * stack. Returns the value passed to leave_user() by a ring-0 handler.
 */
	.globl enter_user
enter_user:
	pushl %ebp
	pushl %ebx
	pushl %esi
	pushl %edi
	movl %esp, kernel_ctx_esp
	movl 20(%esp), %eax
	movl 24(%esp), %edx
	pushl $0x23
	pushl %edx
	pushl $0x202
	pushl $0x1B
	pushl %eax
	movw $0x23, %ax
	movw %ax, %ds
	movw %ax, %es
	movw %ax, %fs
	movw %ax, %gs
	iret

/* void leave_user(uint32_t value): from any ring-0 context, return value from enter_user(). */
	.globl leave_user
leave_user:
	movl 4(%esp), %eax
	movw $0x10, %dx
	movw %dx, %ds
	movw %dx, %es
	movw %dx, %fs
	movw %dx, %gs
	movw %dx, %ss
	movl kernel_ctx_esp, %esp
	popl %edi
	popl %esi
	popl %ebx
	popl %ebp
	ret

	.data
	.align 8
	.globl gdt
gdt:
	.quad 0
	.quad 0x00CF9A000000FFFF	/* 0x08 kernel code */
	.quad 0x00CF92000000FFFF	/* 0x10 kernel data */
	.quad 0x00CFFA000000FFFF	/* 0x18 user code, DPL3 */
	.quad 0x00CFF2000000FFFF	/* 0x20 user data, DPL3 */
	.fill 11, 8, 0			/* 0x28 TSS, 0x30-0x78 test slots */
gdt_end:
	.globl gdt_desc
gdt_desc:
	.word gdt_end - gdt - 1
	.long gdt

	.globl idt_desc
idt_desc:
	.word 256 * 8 - 1
	.long idt

	.globl isr_table
isr_table:
.set vec, 0
.rept 256
	.long isr_first + vec * 16
	.set vec, vec + 1
.endr

	.bss
	.align 4096
	.globl idt
idt:
	.fill 256, 8, 0
	.globl boot_magic, boot_info, kernel_ctx_esp
boot_magic: .long 0
boot_info: .long 0
kernel_ctx_esp: .long 0
	.align 16
	.fill 16384, 1, 0
	.globl boot_stack_top
boot_stack_top:
