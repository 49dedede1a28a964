extern unsigned long mini_strlen(const char *s);

static long sys_write(int fd, const void *buf, unsigned long n) {
  long r;
  __asm__ volatile("int $0x80" : "=a"(r) : "a"(4), "b"(fd), "c"(buf), "d"(n) : "memory");
  return r;
}

void mini_puts(const char *s) { sys_write(1, s, mini_strlen(s)); }

void mini_putnum(unsigned long v) {
  char buf[16];
  int i = 15;
  buf[i] = '\n';
  do { buf[--i] = (char)('0' + v % 10); v /= 10; } while (v);
  sys_write(1, buf + i, (unsigned long)(16 - i));
}
