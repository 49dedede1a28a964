/*
 * arch/x86/mm/init_32.c: the kernel's own page tables.
 *
 * head_32.S mapped the first 64 MiB; paging_init() maps all of low memory
 * at PAGE_OFFSET (up to 896 MiB), drops the identity mapping that was only
 * needed to turn paging on, and prepares the page table that will hold the
 * vsyscall page. Every process's page directory shares these kernel page
 * tables (entries 768..1023), so they are never changed per process.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/mm.h>
#include <linux/bootmem.h>
#include <linux/init.h>
#include <asm/system.h>
#include <asm/vsyscall.h>

extern pte_t pg0[];
#define EARLY_MAPPED_PAGES	(64UL << (20 - PAGE_SHIFT))

static pte_t *vsyscall_pte_table;

void __init paging_init(void)
{
	unsigned long pfn, pde;
	pte_t *table = NULL;

	for (pfn = EARLY_MAPPED_PAGES; pfn < max_low_pfn; pfn++) {
		pde = pgd_index((unsigned long)__va(pfn << PAGE_SHIFT));
		if (!(swapper_pg_dir[pde] & _PAGE_PRESENT)) {
			table = alloc_bootmem_pages(PAGE_SIZE);
			swapper_pg_dir[pde] = __pa(table) | _KERNPG_TABLE;
		}
		table = __va(swapper_pg_dir[pde] & PAGE_MASK);
		table[pte_index(pfn << PAGE_SHIFT)] = (pfn << PAGE_SHIFT) | _PAGE_PRESENT | _PAGE_RW;
	}
	/* the last page table holds the vsyscall page; user-visible at the PDE level */
	vsyscall_pte_table = alloc_bootmem_pages(PAGE_SIZE);
	swapper_pg_dir[PTRS_PER_PGD - 1] = __pa(vsyscall_pte_table) | _PAGE_TABLE;

	memset(swapper_pg_dir, 0, USER_PGD_PTRS * sizeof(pgd_t));
	__flush_tlb();
}

/*
 * map_vsyscall - map the .vsyscall section of the kernel image, read-only
 * and user-accessible, at VSYSCALL_BASE in every address space.
 */
void __init map_vsyscall(void)
{
	extern char vsyscall_start[];

	vsyscall_pte_table[pte_index(VSYSCALL_BASE)] =
		__pa(vsyscall_start) | _PAGE_PRESENT | _PAGE_USER;
	__flush_tlb_one(VSYSCALL_BASE);
}
