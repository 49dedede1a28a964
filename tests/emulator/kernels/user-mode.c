/*
 * Ring 3: entry by iret, int 0x80 back through a DPL3 interrupt gate with the TSS stack switch
 * (the CPU-built frame must end exactly at TSS.esp0), and the faults ring 3 must take: int
 * through a DPL0 gate (#GP(vector*8+2)), privileged and I/O instructions with IOPL 0 (#GP(0)),
 * kernel selectors (#GP(sel)); popf must not change IF or IOPL.
 */
#include "runtime.h"

static u8 ring0_stack[4096] __attribute__((aligned(16)));
static u8 user_stack[4096] __attribute__((aligned(16)));
#define ESP0 ((u32)ring0_stack + sizeof(ring0_stack))
#define USER_TOP ((u32)user_stack + sizeof(user_stack))

static struct fault_record records[16];
static u32 nrecords;
static u32 user_values[8];

static void syscall_handler(struct trap_frame *f)
{
	switch (f->eax) {
	case 0:
		leave_user(f->ebx);
	case 1:
		kprintf("user says: %s\n", (const char *)f->ebx);
		break;
	case 2:
		kprintf("int 0x80 frame: cs=%04x ss=%04x esp=top-%u eflags.if=%u frame ends at esp0: %u\n", f->cs, f->user_ss,
			USER_TOP - f->user_esp, (f->eflags >> 9) & 1, (u32)(&f->user_ss + 1) == ESP0);
		check((u32)(&f->user_ss + 1) == ESP0, "stack switched to TSS.esp0");
		break;
	}
	f->eax += 0x100;
}

static u32 sys(u32 nr, u32 arg)
{
	__asm__ volatile("int $0x80" : "+a"(nr) : "b"(arg) : "memory");
	return nr;
}

#define USER_PROBE(insns, ...)                                 \
	do {                                                   \
		FAULT_PROBE(insns, __VA_ARGS__);               \
		records[nrecords++] = last_fault;              \
	} while (0)

/* Runs in ring 3: no port I/O and no kernel calls other than int 0x80. */
static void user_main(void)
{
	u32 cs, flags;
	__asm__ volatile("movl %%cs, %0" : "=r"(cs));
	user_values[0] = cs;
	user_values[1] = sys(1, (u32)"hello from ring 3");
	sys(2, 0);
	USER_PROBE("int $0x81");
	USER_PROBE("cli");
	USER_PROBE("hlt");
	USER_PROBE("inb $0x80, %%al", : : : "eax");
	USER_PROBE("movl %%cr0, %%eax", : : : "eax");
	USER_PROBE("movw %w0, %%ds", : : "r"(KERNEL_DS));
	USER_PROBE("lcall %0, $0", : : "i"(KERNEL_CS));
	USER_PROBE("int3");
	USER_PROBE("movl $0x7fffffff, %%eax; addl %%eax, %%eax; into", : : : "eax");
	__asm__ volatile("pushl $0x3002; popfl; pushfl; popl %0; pushl $0x202; popfl" : "=r"(flags));
	user_values[2] = flags;
	sys(0, 0x5A);
}

static void show_records(void)
{
	static const char *const what[] = {
		"int $0x81 (DPL0 gate)", "cli", "hlt", "inb", "mov from cr0", "load kernel DS",
		"lcall kernel CS", "int3 (DPL3 gate)", "into (DPL0 gate)",
	};
	for (u32 i = 0; i < nrecords; i++) {
		last_fault = records[i];
		report_fault(what[i]);
	}
}

int kmain(void)
{
	extern u32 isr_table[];
	tss_setup(ESP0);
	set_gate(0x80, isr_table[0x80], KERNEL_CS, 0xEE);
	set_gate(3, isr_table[3], KERNEL_CS, 0xEE);
	set_trap_handler(0x80, syscall_handler);
	u32 r = enter_user(user_main, USER_TOP);
	reset_segments();
	kprintf("back in ring 0: leave_user value %x, cs %04x\n", r, user_values[0]);
	kprintf("int 0x80 returned %x\n", user_values[1]);
	kprintf("ring 3 popf of 0x3002 gave eflags %08x\n", user_values[2]);
	check(r == 0x5A && user_values[0] == USER_CS, "ring 3 round trip");
	check((user_values[2] & 0x3200) == 0x0200, "popf in ring 3 keeps IOPL 0 and IF");
	show_records();
	check(records[0].vector == 13 && records[0].error == 0x81 * 8 + 2, "#GP(idt) for int 0x81");
	check(records[1].vector == 13 && records[1].error == 0, "#GP(0) for cli");
	check(records[7].vector == 3, "int3 through DPL3 gate");
	check(records[8].vector == 13 && records[8].error == 4 * 8 + 2, "into through DPL0 gate");
	return failures;
}
