/*
 * kernel/panic.c: the end of the line.
 */
#include <linux/kernel.h>
#include <linux/reboot.h>
#include <asm/system.h>

#define PANIC_EXIT_CODE	0x7f	/* what the machine's exit port sees after a panic */

void panic(const char *fmt, ...)
{
	static char buf[256];
	va_list args;

	local_irq_disable();
	va_start(args, fmt);
	vsnprintf(buf, sizeof(buf), fmt, args);
	va_end(args);
	printk(KERN_EMERG "Kernel panic - not syncing: %s\n", buf);
	machine_power_off_code(PANIC_EXIT_CODE);
}
