/*
 * sysenter/sysexit: the SYSENTER_CS/ESP/EIP MSRs (wrmsr, then rdmsr back), the selectors and
 * stack sysenter loads (CS = MSR, SS = MSR+8, ESP = MSR, IF cleared), sysexit to ring 3
 * (CS = MSR+16|3, SS = MSR+24|3, ESP = ECX, EIP = EDX), and #GP(0) for sysexit from ring 3 and
 * for sysenter while SYSENTER_CS is 0.
 */
#include "runtime.h"

static u8 ring0_stack[4096] __attribute__((aligned(16)));
static u8 user_stack[4096] __attribute__((aligned(16)));
#define ESP0 ((u32)ring0_stack + sizeof(ring0_stack))
#define USER_TOP ((u32)user_stack + sizeof(user_stack))

struct entry_state {
	u32 cs, ss, esp, eflags, eax;
};
struct entry_state entries[4];
u32 nentries;
static struct fault_record records[4];
static u32 nrecords;

static void wrmsr(u32 msr, u32 lo) { __asm__ volatile("wrmsr" : : "c"(msr), "a"(lo), "d"(0)); }
static u32 rdmsr(u32 msr) { u32 lo, hi; __asm__ volatile("rdmsr" : "=a"(lo), "=d"(hi) : "c"(msr)); return lo; }

/* The ring-0 side: record the state sysenter produced, add 100 to EAX, sysexit to EDX/ECX. */
__asm__(".text\n"
	"sysenter_entry:\n"
	"  movl nentries, %esi\n"
	"  imull $20, %esi\n"
	"  movw %cs, entries(%esi)\n"
	"  movw %ss, entries+4(%esi)\n"
	"  movl %esp, entries+8(%esi)\n"
	"  pushfl\n"
	"  popl entries+12(%esi)\n"
	"  movl %eax, entries+16(%esi)\n"
	"  incl nentries\n"
	"  addl $100, %eax\n"
	"  sysexit\n");
extern char sysenter_entry[];

static u32 user_sysenter(u32 v)
{
	__asm__ volatile("movl %%esp, %%ecx; movl $1f, %%edx; sysenter\n1:" : "+a"(v) : : "ecx", "edx", "esi", "memory");
	return v;
}

static void syscall_handler(struct trap_frame *f)
{
	if (f->eax == 0)
		leave_user(f->ebx);
}

static void user_main(void)
{
	u32 sum = 0, cs, ss;
	for (u32 i = 1; i <= 3; i++)
		sum += user_sysenter(i);
	__asm__ volatile("movl %%cs, %0; movl %%ss, %1" : "=r"(cs), "=r"(ss));
	FAULT_PROBE("sysexit");
	records[nrecords++] = last_fault;
	__asm__ volatile("int $0x80" : : "a"(0), "b"(sum | cs << 16 | ss << 24));
}

int kmain(void)
{
	extern u32 isr_table[];
	tss_setup(ESP0);
	set_gate(0x80, isr_table[0x80], KERNEL_CS, 0xEE);
	set_trap_handler(0x80, syscall_handler);
	wrmsr(0x174, KERNEL_CS);
	wrmsr(0x175, ESP0 - 64);
	wrmsr(0x176, (u32)sysenter_entry);
	kprintf("msr cs=%x esp=top-%u eip ok=%u\n", rdmsr(0x174), ESP0 - rdmsr(0x175), rdmsr(0x176) == (u32)sysenter_entry);
	u32 r = enter_user(user_main, USER_TOP);
	reset_segments();
	kprintf("user saw sum=%u cs=%02x ss=%02x\n", r & 0xFFFF, (r >> 16) & 0xFF, r >> 24);
	for (u32 i = 0; i < nentries; i++)
		kprintf("sysenter %u: cs=%04x ss=%04x esp=top-%u if=%u eax=%u\n", i, entries[i].cs & 0xFFFF,
			entries[i].ss & 0xFFFF, ESP0 - entries[i].esp, (entries[i].eflags >> 9) & 1, entries[i].eax);
	last_fault = records[0];
	report_fault("sysexit in ring 3");
	check((r & 0xFFFF) == 306 && ((r >> 16) & 0xFF) == 0x1B && (r >> 24) == 0x23, "sysexit lands in ring 3");
	check(nentries == 3 && entries[0].cs == KERNEL_CS && entries[0].ss == KERNEL_DS, "sysenter selectors");
	check(records[0].vector == 13 && records[0].error == 0, "#GP(0) for sysexit at CPL3");
	wrmsr(0x174, 0);
	set_gate(13, isr_table[13], KERNEL_CS, 0x8E);
	FAULT_PROBE("movl %%esp, %%ecx; sysenter", : : : "ecx");
	report_fault("sysenter with SYSENTER_CS=0");
	check(last_fault.vector == 13 && last_fault.error == 0, "#GP(0) for null SYSENTER_CS");
	return failures;
}
