/*
 * arch/x86/kernel/time_32.c: the 8253/8254 timer (PIT) and the tick.
 *
 * Channel 0 interrupts HZ times a second on IRQ 0. Each tick advances
 * jiffies and wall time and lets the scheduler count down the running
 * task's time slice (preemptive round robin, kernel/sched.c).
 */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/sched.h>
#include <linux/time.h>
#include <asm/io.h>
#include <asm/irq.h>

#define PIT_TICK_RATE	1193182UL
#define LATCH		((PIT_TICK_RATE + HZ / 2) / HZ)
#define PIT_MODE	0x43
#define PIT_CH0		0x40

static void timer_interrupt(int irq, void *dev_id)
{
	do_timer(1);
	scheduler_tick();
}

void __init time_init(void)
{
	outb(0x34, PIT_MODE);			/* channel 0, lo/hi byte, mode 2 */
	outb(LATCH & 0xff, PIT_CH0);
	outb(LATCH >> 8, PIT_CH0);
	request_irq(TIMER_IRQ, timer_interrupt, "timer", NULL);
	printk(KERN_INFO "PIT: %d Hz tick\n", HZ);
}
