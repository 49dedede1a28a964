/*
 * kernel/time.c: jiffies, the wall clock, and the calls that read them.
 *
 * The clock starts from the CMOS real-time clock at boot and advances one
 * jiffy (10 ms) per timer interrupt.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/time.h>
#include <linux/init.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>
#include <linux/errno.h>
#include <asm/io.h>

volatile unsigned long jiffies;
static unsigned long boot_seconds;	/* wall time at jiffies == 0 */

void do_timer(unsigned long ticks)
{
	jiffies += ticks;
}

static unsigned int cmos_read(unsigned int reg)
{
	unsigned int v;

	outb(reg, 0x70);
	v = inb(0x71);
	return (v & 15) + (v >> 4) * 10;	/* BCD */
}

/* mktime - seconds since 1970 for a Gregorian date (Gauss's algorithm) */
static unsigned long mktime(unsigned int year, unsigned int mon, unsigned int day,
			    unsigned int hour, unsigned int min, unsigned int sec)
{
	if ((int)(mon -= 2) <= 0) {
		mon += 12;
		year -= 1;
	}
	return ((((unsigned long)(year / 4 - year / 100 + year / 400 + 367 * mon / 12 + day) +
		  year * 365 - 719499) * 24 + hour) * 60 + min) * 60 + sec;
}

void __init timekeeping_init(void)
{
	unsigned int year = cmos_read(9) + 2000;

	boot_seconds = mktime(year, cmos_read(8), cmos_read(7), cmos_read(4), cmos_read(2),
			      cmos_read(0));
}

unsigned long get_seconds(void)
{
	return boot_seconds + jiffies / HZ;
}

void ktime_get_ts(struct timespec *ts)
{
	unsigned long j = jiffies;

	ts->tv_sec = j / HZ;
	ts->tv_nsec = (j % HZ) * (NSEC_PER_SEC / HZ);
}

void getnstimeofday(struct timespec *ts)
{
	ktime_get_ts(ts);
	ts->tv_sec += boot_seconds;
}

asmlinkage long sys_time(time_t __user *tloc)
{
	time_t t = get_seconds();

	if (tloc && put_user(t, tloc))
		return -EFAULT;
	return t;
}

asmlinkage long sys_gettimeofday(struct timeval __user *tv, struct timezone __user *tz)
{
	struct timespec ts;
	struct timeval v;
	struct timezone z = { 0, 0 };

	getnstimeofday(&ts);
	v.tv_sec = ts.tv_sec;
	v.tv_usec = ts.tv_nsec / 1000;
	if (tv && copy_to_user(tv, &v, sizeof(v)))
		return -EFAULT;
	if (tz && copy_to_user(tz, &z, sizeof(z)))
		return -EFAULT;
	return 0;
}

asmlinkage long sys_clock_gettime(clockid_t which, struct timespec __user *tp)
{
	struct timespec ts;

	if (which == CLOCK_REALTIME)
		getnstimeofday(&ts);
	else if (which == CLOCK_MONOTONIC)
		ktime_get_ts(&ts);
	else
		return -EINVAL;
	return copy_to_user(tp, &ts, sizeof(ts)) ? -EFAULT : 0;
}

asmlinkage long sys_clock_getres(clockid_t which, struct timespec __user *tp)
{
	struct timespec ts = { 0, NSEC_PER_SEC / HZ };

	if (which != CLOCK_REALTIME && which != CLOCK_MONOTONIC)
		return -EINVAL;
	return tp && copy_to_user(tp, &ts, sizeof(ts)) ? -EFAULT : 0;
}

/* nanosleep - sleep in whole ticks, rounded up; a signal ends it early */
asmlinkage long sys_nanosleep(struct timespec __user *rqtp, struct timespec __user *rmtp)
{
	struct timespec t;
	unsigned long ticks;
	long left;

	if (copy_from_user(&t, rqtp, sizeof(t)))
		return -EFAULT;
	if (t.tv_nsec < 0 || t.tv_nsec >= NSEC_PER_SEC || t.tv_sec < 0)
		return -EINVAL;
	ticks = t.tv_sec * HZ + (t.tv_nsec + NSEC_PER_SEC / HZ - 1) / (NSEC_PER_SEC / HZ);
	left = schedule_timeout_interruptible(ticks);
	if (!left)
		return 0;
	if (rmtp) {
		t.tv_sec = left / HZ;
		t.tv_nsec = (left % HZ) * (NSEC_PER_SEC / HZ);
		if (copy_to_user(rmtp, &t, sizeof(t)))
			return -EFAULT;
	}
	return -EINTR;
}

/* alarm - SIGALRM in @seconds (0 cancels); returns the seconds left of the old one */
asmlinkage long sys_alarm(unsigned int seconds)
{
	unsigned long old = current->alarm, left = 0;

	if (old)
		left = (old - jiffies + HZ - 1) / HZ;
	current->alarm = seconds ? jiffies + (unsigned long)seconds * HZ : 0;
	return left;
}

struct tms {
	clock_t tms_utime, tms_stime, tms_cutime, tms_cstime;
};

asmlinkage long sys_times(struct tms __user *tbuf)
{
	struct tms t = { current->utime, current->stime, 0, 0 };

	if (tbuf && copy_to_user(tbuf, &t, sizeof(t)))
		return -EFAULT;
	return jiffies;
}
