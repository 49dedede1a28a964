/*
 * arch/x86/kernel/setup.c: what the boot loader told us.
 *
 * setup_arch() reads the multiboot information (memory size, command line,
 * initramfs module), decides where free memory starts, and hands over to
 * paging_init() to map all of low memory at PAGE_OFFSET.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/init.h>
#include <linux/bootmem.h>
#include <linux/multiboot.h>
#include <asm/page.h>
#include <asm/setup.h>

#define MULTIBOOT_BOOTLOADER_MAGIC	0x2BADB002
#define COMMAND_LINE_SIZE		512

extern unsigned long multiboot_magic, multiboot_info_phys;	/* head_32.S */
extern char _text[], _end[];

char boot_command_line[COMMAND_LINE_SIZE];
unsigned long max_low_pfn, min_low_pfn;
unsigned long initrd_start, initrd_end;

/* The early allocator: hands out pages after the kernel until mem_init(). */
void * __init alloc_bootmem_pages(unsigned long size)
{
	void *p = __va(min_low_pfn << PAGE_SHIFT);

	size = PAGE_ALIGN(size);
	min_low_pfn += size >> PAGE_SHIFT;
	memset(p, 0, size);
	return p;
}

/*
 * Multiboot loaders (GRUB, QEMU -kernel) put the kernel image's own path
 * first on the command line; Linux's command line has no such word, so a
 * leading word starting with '/' is dropped.
 */
static void __init copy_command_line(struct multiboot_info *mbi)
{
	const char *cmd;

	if (!(mbi->flags & MULTIBOOT_INFO_CMDLINE))
		return;
	cmd = __va(mbi->cmdline);
	if (*cmd == '/') {
		while (*cmd && *cmd != ' ')
			cmd++;
		while (*cmd == ' ')
			cmd++;
	}
	strlcpy(boot_command_line, cmd, COMMAND_LINE_SIZE);
}

/* The first module is the initramfs; keep it out of the free memory. */
static unsigned long __init reserve_initrd(struct multiboot_info *mbi)
{
	struct multiboot_module *mod;

	if (!(mbi->flags & MULTIBOOT_INFO_MODS) || mbi->mods_count == 0)
		return 0;
	mod = __va(mbi->mods_addr);
	initrd_start = (unsigned long)__va(mod->mod_start);
	initrd_end = (unsigned long)__va(mod->mod_end);
	return mod->mod_end;
}

void __init setup_arch(void)
{
	struct multiboot_info *mbi = __va(multiboot_info_phys);
	unsigned long mem_end = 16UL << 20, first_free;

	if (multiboot_magic != MULTIBOOT_BOOTLOADER_MAGIC)
		panic("not booted by a multiboot loader (magic %lx)", multiboot_magic);
	if (mbi->flags & MULTIBOOT_INFO_MEMORY)
		mem_end = (1UL << 20) + (mbi->mem_upper << 10);
	if (mem_end > MAXMEM)
		mem_end = MAXMEM;
	max_low_pfn = mem_end >> PAGE_SHIFT;

	copy_command_line(mbi);
	first_free = __pa(_end);
	if (reserve_initrd(mbi) > first_free)
		first_free = reserve_initrd(mbi);
	min_low_pfn = PAGE_ALIGN(first_free) >> PAGE_SHIFT;

	printk(KERN_INFO "Memory: %luk total, kernel %luk at %p, initramfs %luk\n",
	       mem_end >> 10, (__pa(_end) - __pa(_text)) >> 10, _text,
	       (initrd_end - initrd_start) >> 10);
	paging_init();
}
