/*
 * arch/x86/kernel/reboot.c: turning the machine off.
 *
 * The emulated PC (and QEMU with -device isa-debug-exit,iobase=0xf4) treat
 * a byte written to port 0xf4 as "power off with this exit code". A reset
 * goes through the keyboard controller, as on a real PC.
 */
#include <linux/kernel.h>
#include <asm/io.h>
#include <asm/system.h>

#define DEBUG_EXIT_PORT	0xf4

void machine_power_off_code(unsigned char code)
{
	local_irq_disable();
	outb(code, DEBUG_EXIT_PORT);
	for (;;)
		halt();		/* no debug-exit device: just stop */
}

void machine_power_off(void)
{
	machine_power_off_code(0);
}

void machine_restart(void)
{
	int i;

	local_irq_disable();
	for (i = 0; i < 0x10000 && (inb(0x64) & 0x02); i++)
		;
	outb(0xfe, 0x64);	/* pulse the CPU reset line */
	machine_power_off_code(0);
}
