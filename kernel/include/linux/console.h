#ifndef _LINUX_CONSOLE_H
#define _LINUX_CONSOLE_H

/* A kernel console: where printk() text goes (the serial port here). */
struct console {
	const char *name;	/* "ttyS" */
	int index;		/* 0 for ttyS0 */
	void (*write)(struct console *co, const char *s, unsigned int n);
	struct console *next;
};

void register_console(struct console *co);
extern int console_loglevel;

#endif
