/*
 * tls: set_thread_area() gives a TLS segment that %gs can address; clearing
 * the slot while %gs still selects it must not kill the process: the
 * kernel hands back a null %gs (Linux's segment fixup), on the int $0x80
 * path and on the sysexit path alike.
 */
#include "sys.h"

struct user_desc {
	unsigned int entry_number, base_addr, limit;
	unsigned int flags;	/* seg_32bit:1 contents:2 read_exec_only:1 limit_in_pages:1 ... */
};

static int tls_block[4] = { 0, 0x1234, 0, 0 };

static unsigned int read_gs(void)
{
	unsigned int v;

	asm volatile("movl %%gs, %0" : "=r" (v));
	return v;
}

int main(int argc, char **argv, char **envp)
{
	struct user_desc d = { -1, (unsigned int)tls_block, 0xfffff, 0x51 };	/* 32-bit, pages, useable */
	unsigned int sel, v;

	if (sys1(__NR_set_thread_area, &d) != 0) {
		puts1("tls: set_thread_area failed\n");
		return 1;
	}
	sel = d.entry_number * 8 + 3;
	asm volatile("movl %0, %%gs" : : "r" (sel));
	asm volatile("movl %%gs:4, %0" : "=r" (v));
	puts1("tls: entry ");
	putnum(d.entry_number);
	puts1(", %gs:4 = 0x");
	puthex(v);
	puts1("\n");
	d.base_addr = 0;
	d.limit = 0;
	d.flags = 0x28;		/* read_exec_only | seg_not_present: an empty slot */
	sys1(__NR_set_thread_area, &d);
	puts1("tls: slot cleared, %gs = ");
	putnum(read_gs());
	puts1("\n");
	return 0;
}
DEFINE_START(main)
