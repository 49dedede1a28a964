#ifndef _LINUX_INIT_H
#define _LINUX_INIT_H

/*
 * Boot-time code and data. Linux frees .init.text after boot; this kernel
 * keeps it (the marker still tells the reader "only used while booting").
 */
#define __init
#define __initdata

/*
 * Kernel command-line parameters: __setup("console=", console_setup)
 * registers console_setup() for "console=..."; parse_args() in init/main.c
 * walks the .init.setup table the linker script collects.
 */
struct obs_kernel_param {
	const char *str;
	int (*setup_func)(char *);
};

#define __setup(str, fn)						\
	static const char __setup_str_##fn[] = str;			\
	static const struct obs_kernel_param __setup_##fn		\
		__attribute__((used, section(".init.setup"), aligned(4))) = \
		{ __setup_str_##fn, fn }

extern char boot_command_line[];

#endif
