/*
 * kernel/printk.c: the kernel's log.
 *
 * printk() formats a message, stores it in the log buffer (read back by
 * syslog(2), which is what dmesg uses) and, if its level is more urgent than
 * console_loglevel, writes it to the registered consoles. Messages carry
 * their level as a "<N>" prefix in the buffer, as in Linux; a message with
 * no level gets default_message_loglevel.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/init.h>
#include <linux/console.h>
#include <linux/sched.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>
#include <linux/errno.h>
#include <asm/system.h>

#define __LOG_BUF_LEN	(1 << 15)
#define LOG_BUF_MASK	(__LOG_BUF_LEN - 1)
#define LOG_BUF(idx)	(log_buf[(idx) & LOG_BUF_MASK])

int console_loglevel = 7;		/* print everything but KERN_DEBUG */
static int default_message_loglevel = 4;
static int console_suspended;

static char log_buf[__LOG_BUF_LEN];
static unsigned long log_start;		/* index of the next char syslog(2) reads */
static unsigned long log_end;		/* index of the next char to be written */
static unsigned long logged_chars;	/* chars in the buffer, at most __LOG_BUF_LEN */
static int new_text_line = 1;
static struct console *console_drivers;
static int log_wait;			/* wait channel of syslog(SYSLOG_ACTION_READ) */

static void emit_log_char(char c)
{
	LOG_BUF(log_end) = c;
	log_end++;
	if (log_end - log_start > __LOG_BUF_LEN)
		log_start = log_end - __LOG_BUF_LEN;
	if (logged_chars < __LOG_BUF_LEN)
		logged_chars++;
}

static void call_console_drivers(const char *s, unsigned int n)
{
	struct console *co;

	for (co = console_drivers; co; co = co->next)
		co->write(co, s, n);
}

void register_console(struct console *co)
{
	unsigned long start = log_end - logged_chars, i;
	char c;

	co->next = console_drivers;
	console_drivers = co;
	/* replay what was logged before the console existed (levels stripped) */
	for (i = start; i < log_end; i++) {
		c = LOG_BUF(i);
		if (c == '<' && (i == start || LOG_BUF(i - 1) == '\n') && i + 2 < log_end &&
		    LOG_BUF(i + 2) == '>') {
			i += 2;
			continue;
		}
		co->write(co, &c, 1);
	}
}

/* store one formatted message: add the level prefix at each line start */
static void log_message(const char *p, int len)
{
	int level = default_message_loglevel, i;
	const char *line;

	while (len > 0) {
		if (new_text_line) {
			level = default_message_loglevel;
			if (len >= 3 && p[0] == '<' && p[1] >= '0' && p[1] <= '7' && p[2] == '>') {
				level = p[1] - '0';
				p += 3;
				len -= 3;
			}
			emit_log_char('<');
			emit_log_char('0' + level);
			emit_log_char('>');
			new_text_line = 0;
		}
		line = p;
		for (i = 0; i < len && p[i] != '\n'; i++)
			emit_log_char(p[i]);
		if (i < len) {
			emit_log_char('\n');
			new_text_line = 1;
			i++;
		}
		if (level < console_loglevel && !console_suspended)
			call_console_drivers(line, i);
		p += i;
		len -= i;
	}
}

int vprintk(const char *fmt, va_list args)
{
	static char printk_buf[1024];
	unsigned long flags;
	int len;

	local_irq_save(flags);
	len = vsnprintf(printk_buf, sizeof(printk_buf), fmt, args);
	if (len > (int)sizeof(printk_buf) - 1)
		len = sizeof(printk_buf) - 1;
	log_message(printk_buf, len);
	wake_up(&log_wait);
	local_irq_restore(flags);
	return len;
}

asmlinkage int printk(const char *fmt, ...)
{
	va_list args;
	int r;

	va_start(args, fmt);
	r = vprintk(fmt, args);
	va_end(args);
	return r;
}

/* copy the buffer from index @from to @to into the user buffer */
static int copy_log_to_user(char __user *buf, unsigned long from, unsigned long to)
{
	char c;
	int n = 0;

	for (; from < to; from++, n++) {
		c = LOG_BUF(from);
		if (copy_to_user(buf + n, &c, 1))
			return -EFAULT;
	}
	return n;
}

/*
 * do_syslog - syslog(2)
 * Types as in Linux: 2 read (waits, consumes), 3 read all, 4 read all and
 * clear, 5 clear, 6/7 console off/on, 8 console level, 9 unread, 10 size.
 */
int do_syslog(int type, char __user *buf, int len)
{
	unsigned long start;
	int n;

	switch (type) {
	case 0: case 1:		/* close, open */
		return 0;
	case 2:			/* read: wait for something, then consume it */
		if (!buf || len < 0)
			return -EINVAL;
		if (!access_ok(VERIFY_WRITE, buf, len))
			return -EFAULT;
		n = wait_event_interruptible(log_wait, log_start != log_end);
		if (n)
			return n;
		start = log_start;
		if ((unsigned long)len > log_end - start)
			len = log_end - start;
		n = copy_log_to_user(buf, start, start + len);
		if (n > 0)
			log_start += n;
		return n;
	case 3: case 4:		/* read the last len bytes */
		if (!buf || len < 0)
			return -EINVAL;
		if (!access_ok(VERIFY_WRITE, buf, len))
			return -EFAULT;
		start = log_end - logged_chars;
		if ((unsigned long)len < logged_chars)
			start = log_end - len;
		n = copy_log_to_user(buf, start, log_end);
		if (type == 4 && n >= 0)
			logged_chars = 0;
		return n;
	case 5:
		logged_chars = 0;
		return 0;
	case 6:
		console_suspended = 1;
		return 0;
	case 7:
		console_suspended = 0;
		return 0;
	case 8:
		if (len < 1 || len > 8)
			return -EINVAL;
		console_loglevel = len;
		return 0;
	case 9:
		return log_end - log_start;
	case 10:
		return __LOG_BUF_LEN;
	}
	return -EINVAL;
}

asmlinkage long sys_syslog(int type, char __user *buf, int len)
{
	return do_syslog(type, buf, len);
}

static int __init loglevel_setup(char *str)
{
	console_loglevel = simple_strtoul(str, NULL, 0);
	return 1;
}
__setup("loglevel=", loglevel_setup);

static int __init quiet_kernel(char *str)
{
	console_loglevel = 4;
	return 1;
}
__setup("quiet", quiet_kernel);
