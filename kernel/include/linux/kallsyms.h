#ifndef _LINUX_KALLSYMS_H
#define _LINUX_KALLSYMS_H

/*
 * Kernel symbol names for Oopses and syscall tracing (kernel/kallsyms.c).
 * The table is read at boot from /boot/System.map in the initramfs (the
 * build's own System.map); without it addresses print as plain numbers.
 */
#define KSYM_NAME_LEN	64
#define KSYM_SYMBOL_LEN	(KSYM_NAME_LEN + 32)

void kallsyms_init(void);
/* the name of the function containing @addr, its size and @addr's offset in it */
const char *kallsyms_lookup(unsigned long addr, unsigned long *size, unsigned long *offset);
unsigned long kallsyms_lookup_name(const char *name);
int sprint_symbol(char *buf, unsigned long addr);
void print_symbol(const char *fmt, unsigned long addr);
int kernel_text_address(unsigned long addr);

#endif
