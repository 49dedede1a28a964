/* host.c - loads the user program from multiboot module 0 and serves its system calls
 * (see host.S). write goes to COM1, exit/exit_group to the 0xF4 exit port, brk grows a
 * heap after the program; anything else is -ENOSYS (ioctl: -ENOTTY, so stdout is not a
 * terminal). */
struct regs { unsigned edi, esi, ebp, esp, ebx, edx, ecx, eax; };

struct gate { unsigned short lo, sel; unsigned char zero, type; unsigned short hi; };

void syscall_entry(void);
void fault_entry(void);
void enter_user(unsigned entry, unsigned sp) __attribute__((noreturn));

#define STACK_TOP 0x0B000000u   /* below the top of the bench machine's 192 MiB */
#define HEAP_LIMIT 0x0A000000u

static struct gate idt[256];
static unsigned heap_base, heap_end;

static void outb(unsigned short port, unsigned char v)
{
	__asm__ volatile("outb %0, %1" : : "a"(v), "Nd"(port));
}

static void set_gate(int n, void (*fn)(void))
{
	unsigned a = (unsigned)fn;

	idt[n].lo = a & 0xffff;
	idt[n].hi = a >> 16;
	idt[n].sel = 0x08;
	idt[n].zero = 0;
	idt[n].type = 0x8e;     /* present, ring 0, 32-bit interrupt gate */
}

static void load_idt(void)
{
	struct { unsigned short limit; unsigned base; } __attribute__((packed)) d;
	int i;

	for (i = 0; i < 256; i++)
		set_gate(i, fault_entry);
	set_gate(0x80, syscall_entry);
	d.limit = sizeof(idt) - 1;
	d.base = (unsigned)idt;
	__asm__ volatile("lidt %0" : : "m"(d));
}

void host_syscall(struct regs *r)
{
	const char *p;
	unsigned i;

	switch (r->eax) {
	case 1:     /* exit */
	case 252:   /* exit_group */
		outb(0xf4, r->ebx & 0xff);
		for (;;)
			__asm__ volatile("hlt");
	case 4:     /* write */
		p = (const char *)r->ecx;
		for (i = 0; i < r->edx; i++)
			outb(0x3f8, p[i]);
		r->eax = r->edx;
		return;
	case 45:    /* brk */
		if (r->ebx >= heap_base && r->ebx < HEAP_LIMIT)
			heap_end = r->ebx;
		r->eax = heap_end;
		return;
	case 54:    /* ioctl */
		r->eax = -25;
		return;
	default:
		r->eax = -38;
	}
}

/* Copies the PT_LOAD segments of the ELF at img to their addresses; returns e_entry. */
static unsigned load_elf(const unsigned char *img)
{
	unsigned phoff = *(const unsigned *)(img + 28), top = 0, k, j;
	unsigned short phnum = *(const unsigned short *)(img + 44);

	for (k = 0; k < phnum; k++) {
		const unsigned *ph = (const unsigned *)(img + phoff + 32 * k);
		unsigned char *dst = (unsigned char *)ph[2];

		if (ph[0] != 1)     /* PT_LOAD */
			continue;
		for (j = 0; j < ph[4]; j++)
			dst[j] = img[ph[1] + j];
		for (; j < ph[5]; j++)
			dst[j] = 0;
		if (ph[2] + ph[5] > top)
			top = ph[2] + ph[5];
	}
	heap_base = heap_end = (top + 4095) & ~4095u;
	return *(const unsigned *)(img + 24);
}

/* The Linux initial stack: argc, argv (from the module's string), envp, auxv. */
static unsigned build_stack(const char *cmd)
{
	unsigned *sp;
	char *strings = (char *)(STACK_TOP - 4096), *s = strings;
	char *argv[16];
	int argc = 0, i;

	while (*cmd && argc < 15) {
		while (*cmd == ' ')
			cmd++;
		if (!*cmd)
			break;
		argv[argc++] = s;
		while (*cmd && *cmd != ' ')
			*s++ = *cmd++;
		*s++ = 0;
	}
	sp = (unsigned *)(((unsigned)strings - 256) & ~15u);
	*--sp = 0;  /* AT_NULL */
	*--sp = 0;
	*--sp = 4096;
	*--sp = 6;  /* AT_PAGESZ */
	*--sp = 0;  /* end of envp */
	*--sp = 0;  /* end of argv */
	for (i = argc - 1; i >= 0; i--)
		*--sp = (unsigned)argv[i];
	*--sp = argc;
	return (unsigned)sp;
}

void host_main(const unsigned *mbi)
{
	const unsigned *mod;

	load_idt();
	if (!(mbi[0] & 8) || mbi[5] == 0) {     /* no module: nothing to run */
		outb(0xf4, 0xed);
		return;
	}
	mod = (const unsigned *)mbi[6];
	enter_user(load_elf((const unsigned char *)mod[0]),
		   build_stack(mod[2] ? (const char *)mod[2] : "prog"));
}
