/*
 * kernel/kallsyms.c: names for kernel addresses.
 *
 * Linux links a compressed symbol table into the kernel itself. This kernel
 * reads the build's System.map instead, from /boot/System.map in the
 * initramfs (Documentation/oops.txt): the same names, one less link step.
 * Only text symbols (t, T, W) are kept, sorted by address as `nm -n` wrote
 * them; a lookup finds the last symbol at or below the address.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/slab.h>
#include <linux/fs.h>
#include <linux/kallsyms.h>

struct ksym {
	unsigned long addr;
	const char *name;
	int weak;		/* 'W': prefer any strong name at the same address */
};

static struct ksym *ksyms;
static int nr_ksyms;
extern char _text[], _etext[], vsyscall_start[];

int kernel_text_address(unsigned long addr)
{
	return addr >= (unsigned long)_text && addr < (unsigned long)_etext;
}

static char *memchr_end(char *p, char c, char *end)
{
	while (p < end && *p != c)
		p++;
	return p;
}

/* parse "c0100000 T startup_32" lines; returns the number of text symbols */
static int parse_system_map(char *map, unsigned long len, struct ksym *out)
{
	char *p = map, *end = map + len, *nl, *name;
	int n = 0;

	for (; p < end; p = nl + 1) {
		nl = memchr_end(p, '\n', end);
		if (nl - p < 12 || p[8] != ' ' || p[10] != ' ')
			continue;
		if (p[9] != 't' && p[9] != 'T' && p[9] != 'W' && p[9] != 'w')
			continue;
		name = p + 11;
		if (out) {
			*nl = '\0';
			out[n].addr = simple_strtoul(p, NULL, 16);
			out[n].name = name;
			out[n].weak = p[9] == 'W' || p[9] == 'w';
		}
		n++;
	}
	return n;
}

/* kallsyms_init - load /boot/System.map, if the initramfs has one */
void kallsyms_init(void)
{
	unsigned long len;
	char *map = read_whole_file("/boot/System.map", &len);

	if (!map) {
		printk(KERN_INFO "kallsyms: no /boot/System.map, addresses stay unnamed\n");
		return;
	}
	nr_ksyms = parse_system_map(map, len, NULL);
	ksyms = kmalloc(nr_ksyms * sizeof(*ksyms), GFP_KERNEL);
	if (!ksyms) {
		nr_ksyms = 0;
		return;
	}
	parse_system_map(map, len, ksyms);
	printk(KERN_INFO "kallsyms: %d symbols from /boot/System.map\n", nr_ksyms);
}

const char *kallsyms_lookup(unsigned long addr, unsigned long *size, unsigned long *offset)
{
	int lo = 0, hi = nr_ksyms - 1, mid;

	if (!nr_ksyms || !kernel_text_address(addr))
		return NULL;
	while (lo < hi) {		/* the last symbol with ksyms[i].addr <= addr */
		mid = (lo + hi + 1) / 2;
		if (ksyms[mid].addr <= addr)
			lo = mid;
		else
			hi = mid - 1;
	}
	/* among aliases (sys_ni_syscall and its weak names) prefer the strong one */
	for (mid = lo; mid > 0 && ksyms[mid - 1].addr == ksyms[lo].addr; mid--)
		if (!ksyms[mid - 1].weak)
			lo = mid - 1;
	if (offset)
		*offset = addr - ksyms[lo].addr;
	if (size)
		*size = lo + 1 < nr_ksyms ? ksyms[lo + 1].addr - ksyms[lo].addr : 0;
	return ksyms[lo].name;
}

unsigned long kallsyms_lookup_name(const char *name)
{
	int i;

	for (i = 0; i < nr_ksyms; i++)
		if (!strcmp(ksyms[i].name, name))
			return ksyms[i].addr;
	return 0;
}

/* sprint_symbol - "name+0xoff/0xsize", or the bare address */
int sprint_symbol(char *buf, unsigned long addr)
{
	unsigned long size, offset;
	const char *name = kallsyms_lookup(addr, &size, &offset);

	if (!name)
		return sprintf(buf, "0x%lx", addr);
	return sprintf(buf, "%s+0x%lx/0x%lx", name, offset, size);
}

void print_symbol(const char *fmt, unsigned long addr)
{
	char buf[KSYM_SYMBOL_LEN];

	sprint_symbol(buf, addr);
	printk(fmt, buf);
}
