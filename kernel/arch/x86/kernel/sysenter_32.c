/*
 * arch/x86/kernel/sysenter_32.c: the sysenter fast path's setup.
 *
 * If the CPU has sysenter (CPUID SEP), point its MSRs at
 * ia32_sysenter_target with the TSS as the stack from which the entry code
 * fetches the real kernel stack; AT_SYSINFO then names __kernel_vsyscall.
 * Otherwise programs get the int $0x80 variant of the vsyscall page.
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/mm.h>
#include <asm/desc.h>
#include <asm/msr.h>
#include <asm/traps.h>
#include <asm/asm-offsets.h>
#include <asm/vsyscall.h>

#define X86_FEATURE_SEP	(1 << 11)

int sysenter_enabled;

/* vsyscall_entry - the address AT_SYSINFO gives user programs */
unsigned long vsyscall_entry(void)
{
	return sysenter_enabled ? VSYSCALL_ADDR(__kernel_vsyscall) :
				  VSYSCALL_ADDR(__kernel_vsyscall_int80);
}

static int __init nosep_setup(char *s)
{
	sysenter_enabled = -1;
	return 1;
}
__setup("nosep", nosep_setup);

void __init sysenter_setup(void)
{
	unsigned int a, b, c, d;

	map_vsyscall();
	cpuid(1, &a, &b, &c, &d);
	if (!(d & X86_FEATURE_SEP) || sysenter_enabled < 0) {
		sysenter_enabled = 0;
		printk(KERN_INFO "vsyscall: int $0x80 (no sysenter)\n");
		return;
	}
	wrmsr(MSR_IA32_SYSENTER_CS, __KERNEL_CS, 0);
	wrmsr(MSR_IA32_SYSENTER_ESP, (unsigned long)&init_tss.x86_tss.sp0 - TSS_sysenter_sp0, 0);
	wrmsr(MSR_IA32_SYSENTER_EIP, (unsigned long)ia32_sysenter_target, 0);
	sysenter_enabled = 1;
	printk(KERN_INFO "vsyscall: sysenter at %08lx\n", VSYSCALL_ADDR(__kernel_vsyscall));
}
