/*
 * Runtime shared by the test kernels: COM1 output, a small printf, traps and fault probes,
 * descriptor helpers, port I/O and the exit protocol. Every kernel defines kmain() and returns
 * the number of failed self-checks (0 = the kernel's own expectations held).
 */
#ifndef TEST_RUNTIME_H
#define TEST_RUNTIME_H

typedef unsigned char u8;
typedef unsigned short u16;
typedef unsigned int u32;
typedef unsigned long long u64;
typedef int s32;
typedef long long s64;

#define KERNEL_CS 0x08
#define KERNEL_DS 0x10
#define USER_CS 0x1B
#define USER_DS 0x23
#define TSS_SEL 0x28
/* Free GDT slots for tests: selectors 0x30, 0x38, ... 0x78. */
#define TEST_SEL(n) (0x30 + 8 * (n))

/* Mirrors the frame built by boot.S (see the table there). */
struct trap_frame {
	u32 edi, esi, ebp, esp_at_pusha, ebx, edx, ecx, eax;
	u32 gs, fs, es, ds;
	u32 vector, error;
	u32 eip, cs, eflags;
	u32 user_esp, user_ss; /* valid only when the trap came from ring 3 */
};

typedef void (*trap_handler)(struct trap_frame *);

/* The last fault caught by a FAULT_PROBE. */
struct fault_record {
	u32 hit, vector, error, eip, cr2;
};

extern struct fault_record last_fault;
extern volatile u32 fault_resume;
extern u32 boot_magic, boot_info;
extern u64 gdt[16];

int kmain(void);
void kexit(int code) __attribute__((noreturn));

void serial_putc(char c);
void serial_puts(const char *s);
void kprintf(const char *fmt, ...);
void show_op(const char *name, u32 eax, u32 edx, u32 flags, u32 mask);
u32 check(int ok, const char *what);
extern u32 failures;

void pic_init(u8 master_mask, u8 slave_mask);
void reset_segments(void);
void set_trap_handler(int vector, trap_handler h);
void set_gate(int vector, u32 offset, u16 sel, u8 type_attr);
void set_segment(int slot, u32 base, u32 limit, u8 access, u8 flags);
void report_fault(const char *name);
void tss_setup(u32 esp0);
u32 enter_user(void (*fn)(void), u32 user_esp);
void leave_user(u32 value) __attribute__((noreturn));

static inline void outb(u16 port, u8 v) { __asm__ volatile("outb %0, %1" : : "a"(v), "Nd"(port)); }
static inline u8 inb(u16 port) { u8 v; __asm__ volatile("inb %1, %0" : "=a"(v) : "Nd"(port)); return v; }
static inline u32 read_eflags(void) { u32 f; __asm__ volatile("pushfl; popl %0" : "=r"(f)); return f; }
static inline u32 read_cr0(void) { u32 v; __asm__ volatile("movl %%cr0, %0" : "=r"(v)); return v; }
static inline u32 read_cr2(void) { u32 v; __asm__ volatile("movl %%cr2, %0" : "=r"(v)); return v; }
static inline void lgdt_reload(void) { extern u16 gdt_desc[]; __asm__ volatile("lgdt %0" : : "m"(*gdt_desc)); }

/*
 * Runs `insns` with a resume point right after them: a fault inside jumps there (the trap
 * handler records it in last_fault). Registers the snippet touches must be listed as clobbers.
 */
#define FAULT_PROBE(insns, ...)                                                        \
	do {                                                                           \
		last_fault.hit = 0;                                                    \
		__asm__ volatile("" : : : "memory");                                   \
		__asm__ volatile("movl $1f, fault_resume\n\t" insns "\n1:\n\t"         \
				 "movl $0, fault_resume" __VA_ARGS__);                 \
		__asm__ volatile("" : : : "memory"); /* last_fault changed behind gcc */ \
	} while (0)

/*
 * Sleeps in hlt until cond holds, without the lost-wakeup race: cond is tested with interrupts
 * off and "sti; hlt" is atomic (sti holds interrupts off for one more instruction).
 */
#define WAIT_UNTIL(cond)                                                 \
	do {                                                             \
		for (;;) {                                               \
			__asm__ volatile("cli" : : : "memory");          \
			if (cond)                                        \
				break;                                   \
			__asm__ volatile("sti; hlt" : : : "memory");     \
		}                                                        \
		__asm__ volatile("sti");                                 \
	} while (0)

#endif
