#ifndef _LINUX_BINFMTS_H
#define _LINUX_BINFMTS_H

#include <linux/types.h>

#define MAX_ARG_STRLEN	(32 * 4096)	/* all of argv and envp together */
#define MAX_ARG_STRINGS	4096
#define BINPRM_BUF_SIZE	128

/* everything execve() gathered before the point of no return */
struct linux_binprm {
	char buf[BINPRM_BUF_SIZE];	/* the file's first bytes */
	struct file *file;
	const char *filename;
	int argc, envc;
	char *strings;			/* argv then envp strings, NUL-separated */
	unsigned long strings_len;
};

struct pt_regs;
int load_elf_binary(struct linux_binprm *bprm, struct pt_regs *regs);

#endif
