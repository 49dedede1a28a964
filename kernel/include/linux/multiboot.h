#ifndef _LINUX_MULTIBOOT_H
#define _LINUX_MULTIBOOT_H

/* The multiboot v1 information the loader leaves for us (EBX at boot). */
#define MULTIBOOT_INFO_MEMORY	0x001
#define MULTIBOOT_INFO_CMDLINE	0x004
#define MULTIBOOT_INFO_MODS	0x008

struct multiboot_info {
	unsigned long flags;
	unsigned long mem_lower;	/* KiB below 1 MiB */
	unsigned long mem_upper;	/* KiB above 1 MiB */
	unsigned long boot_device;
	unsigned long cmdline;		/* physical address of a C string */
	unsigned long mods_count;
	unsigned long mods_addr;	/* physical address of struct multiboot_module[] */
};

struct multiboot_module {
	unsigned long mod_start;	/* physical, first byte */
	unsigned long mod_end;		/* physical, one past the last byte */
	unsigned long string;
	unsigned long reserved;
};

#endif
