/*
 * arch/x86/kernel/head_32.S: the first instructions of the kernel.
 *
 * A multiboot loader (QEMU -kernel, GRUB, the Syscall Lab PC) enters
 * startup_32 in 32-bit protected mode with paging off, EAX = 0x2BADB002
 * and EBX = the physical address of the multiboot information. The kernel
 * is linked at 0xC0100000 but loaded at 1 MiB, so until paging is on every
 * address of a symbol must be turned into a physical one: pa(sym).
 *
 * What happens here:
 *	1. load a boot GDT with the kernel segments (__KERNEL_CS, __KERNEL_DS)
 *	2. clear .bss and remember the multiboot information
 *	3. build page tables mapping the first 64 MiB twice: at 0 (so the
 *	   next instruction still exists once paging is on) and at PAGE_OFFSET
 *	4. turn paging on, jump to the high addresses, switch to the stack of
 *	   the first task and call start_kernel(), which never returns.
 */
#include <linux/linkage.h>
#include <asm/segment.h>
#include <asm/page.h>
#include <asm/processor-flags.h>

#define pa(X)		((X) - __PAGE_OFFSET)

#define MULTIBOOT_HEADER_MAGIC	0x1BADB002
#define MULTIBOOT_BOOTLOADER_MAGIC 0x2BADB002
/* flags: page-align the modules (bit 0), give us the memory size (bit 1) */
#define MULTIBOOT_HEADER_FLAGS	0x00000003

#define EARLY_MAPPED_MB		64
#define KERNEL_PDE_OFFSET	0xc00	/* (__PAGE_OFFSET >> 22) * 4: byte offset of entry 768 */
#define EARLY_PAGE_TABLES	(EARLY_MAPPED_MB / 4)
#define PTE_IDENT_ATTR		0x003	/* present, writable, kernel only */
#define PDE_IDENT_ATTR		0x003

.section .head.text,"ax"

/* The multiboot header must sit in the first 8 KiB of the image. */
	.align 4
multiboot_header:
	.long MULTIBOOT_HEADER_MAGIC
	.long MULTIBOOT_HEADER_FLAGS
	.long -(MULTIBOOT_HEADER_MAGIC + MULTIBOOT_HEADER_FLAGS)

ENTRY(startup_32)
	cld
	lgdt pa(boot_gdt_descr)
	ljmp $(__KERNEL_CS), $(pa(startup_reload_segments))
startup_reload_segments:
	movl $(__KERNEL_DS), %ecx
	movl %ecx, %ds
	movl %ecx, %es
	movl %ecx, %fs
	movl %ecx, %gs
	movl %ecx, %ss
	movl $(pa(init_thread_union) + THREAD_SIZE), %esp

/* Clear .bss: C expects its zero-initialised variables to be zero. */
	movl %eax, %edx				/* keep the loader's magic */
	movl $(pa(__bss_start)), %edi
	movl $(pa(__bss_stop)), %ecx
	subl %edi, %ecx
	shrl $2, %ecx
	xorl %eax, %eax
	rep stosl

	movl %edx, pa(multiboot_magic)
	movl %ebx, pa(multiboot_info_phys)

/* Page tables for the first EARLY_MAPPED_MB, one PTE per 4 KiB page. */
	movl $(pa(pg0)), %edi
	movl $PTE_IDENT_ATTR, %eax
	movl $(EARLY_PAGE_TABLES * 1024), %ecx
1:	stosl
	addl $PAGE_SIZE, %eax
	decl %ecx
	jnz 1b

/* ... entered twice in the page directory: at 0 and at PAGE_OFFSET. */
	movl $(pa(swapper_pg_dir)), %edi
	movl $(pa(pg0) + PDE_IDENT_ATTR), %eax
	xorl %ecx, %ecx
2:	movl %eax, (%edi,%ecx,4)
	movl %eax, KERNEL_PDE_OFFSET(%edi,%ecx,4)
	addl $PAGE_SIZE, %eax
	incl %ecx
	cmpl $EARLY_PAGE_TABLES, %ecx
	jb 2b

/* Paging on (and write protection honoured in ring 0), then jump high. */
	movl $(pa(swapper_pg_dir)), %eax
	MOVL_EAX_CR3
	MOVL_CR0_EAX
	orl $(X86_CR0_PG | X86_CR0_WP | X86_CR0_PE), %eax
	MOVL_EAX_CR0
	movl $startup_paged, %eax
	jmp *%eax
startup_paged:
	movl $(init_thread_union + THREAD_SIZE), %esp
	pushl $0
	popf					/* interrupts off, clean flags */
	fninit
	call start_kernel
3:	hlt					/* start_kernel never returns */
	jmp 3b
ENDPROC(startup_32)

.data
	.align 4
GLOBAL(multiboot_magic)
	.long 0
GLOBAL(multiboot_info_phys)
	.long 0

/* The boot GDT: just the kernel code and data segments, at their final slots. */
	.align 8
boot_gdt:
	.fill GDT_ENTRY_KERNEL_CS, 8, 0
	.long 0x0000ffff, 0x00cf9a00		/* __KERNEL_CS: 4 GiB code, ring 0 */
	.long 0x0000ffff, 0x00cf9200		/* __KERNEL_DS: 4 GiB data, ring 0 */
boot_gdt_end:
	.align 4
	.word 0
boot_gdt_descr:
	.word (GDT_ENTRY_KERNEL_DS + 1) * 8 - 1
	.long pa(boot_gdt)

/*
 * The stack and thread_info of the first task (pid 0, the idle task), and
 * the kernel's page directory with the early page tables.
 */
.bss
	.align THREAD_SIZE
GLOBAL(init_thread_union)
	.fill THREAD_SIZE, 1, 0
	.align PAGE_SIZE
GLOBAL(swapper_pg_dir)
	.fill PAGE_SIZE, 1, 0
GLOBAL(pg0)
	.fill EARLY_PAGE_TABLES * PAGE_SIZE, 1, 0
GLOBAL(empty_zero_page)
	.fill PAGE_SIZE, 1, 0
