/* The test kernel's C side: prints through COM1, calls through a small syscall-like table whose
   missing entries fall back to a weak alias (like cond_syscall), and exits through port 0xF4. */
extern long sys_ni_syscall(void);
extern long sys_present(void);
extern long sys_absent(void);
extern char __bss_start[], __bss_stop[], _etext[], _sdata[];
extern int initcall_count;

static inline void outb(unsigned short port, unsigned char v) {
  __asm__ volatile("outb %0, %1" : : "a"(v), "Nd"(port));
}
static inline unsigned char inb(unsigned short port) {
  unsigned char v;
  __asm__ volatile("inb %1, %0" : "=a"(v) : "Nd"(port));
  return v;
}

const char banner[] = "hello from the linked kernel\n";
int counter = 3;
static int scratch[64];
long (*const table[])(void) = { sys_ni_syscall, sys_present, sys_absent };

void serial_putc(char c) {
  while (!(inb(0x3f8 + 5) & 0x20)) {}
  outb(0x3f8, (unsigned char)c);
}

void serial_puts(const char *s) {
  while (*s) serial_putc(*s++);
}

void serial_hex(unsigned long v) {
  for (int i = 28; i >= 0; i -= 4) serial_putc("0123456789abcdef"[(v >> i) & 15]);
  serial_putc('\n');
}

void start_kernel(void) {
  serial_puts(banner);
  for (int i = 0; i < 3; i++) serial_hex((unsigned long)table[i]());
  scratch[counter] = counter;
  serial_hex((unsigned long)scratch[3]);
  serial_hex((unsigned long)(_etext != 0));
  serial_hex((unsigned long)initcall_count);
  outb(0xf4, 0x21);
}
