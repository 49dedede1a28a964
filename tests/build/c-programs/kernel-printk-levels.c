/* printk's log levels are string prefixes ("<3>" for KERN_ERR) joined to the format by literal
 * concatenation; a printk-like function strips the prefix and filters by console_loglevel. */
#include <stdio.h>
#include <stdarg.h>

#define KERN_EMERG "<0>"
#define KERN_ERR "<3>"
#define KERN_WARNING "<4>"
#define KERN_INFO "<6>"
#define KERN_DEBUG "<7>"
#define default_message_loglevel 4

static int console_loglevel = 7;
static int printed, dropped;

static int my_printk(const char *fmt, ...)
{
	char line[128];
	va_list ap;
	int level = default_message_loglevel, n;

	if (fmt[0] == '<' && fmt[1] >= '0' && fmt[1] <= '7' && fmt[2] == '>') {
		level = fmt[1] - '0';
		fmt += 3;
	}
	va_start(ap, fmt);
	n = vsnprintf(line, sizeof line, fmt, ap);
	va_end(ap);
	if (level < console_loglevel) {
		printf("[%d] %s", level, line);
		printed++;
	} else {
		dropped++;
	}
	return n;
}

int main(void)
{
	my_printk(KERN_INFO "Linux version %s\n", "2.6.33");
	my_printk(KERN_ERR "syscall %d: %s\n", 338, "failed");
	my_printk("no level given, %d\n", default_message_loglevel);
	my_printk(KERN_DEBUG "debug only\n");
	console_loglevel = 4;
	my_printk(KERN_INFO "now hidden\n");
	my_printk(KERN_EMERG "%s\n", "still shown");
	printf("sizeof KERN_ERR \"x\" %d\n", (int)sizeof(KERN_ERR "x"));
	printf("printed %d dropped %d\n", printed, dropped);
	return printed;
}
