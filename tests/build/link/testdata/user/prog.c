/* A static program: uses the mini library from an archive, data, bss, rodata and brk's _end. */
extern unsigned long mini_strlen(const char *s);
extern void mini_puts(const char *s);
extern void mini_putnum(unsigned long v);
extern char _end[], __bss_start[], _edata[], _etext[];

int initialised = 42;
int zeroed[100];
static const char *words[] = { "linked", "by", "ours", 0 };

int main(int argc, char **argv) {
  for (int i = 0; words[i]; i++) { mini_puts(words[i]); mini_puts(" "); }
  mini_puts("\n");
  mini_putnum((unsigned long)argc);
  mini_putnum(mini_strlen(argv[0]) > 0);
  mini_putnum((unsigned long)(_end >= __bss_start && __bss_start >= _edata && _edata > _etext));
  zeroed[99] = initialised;
  mini_putnum((unsigned long)zeroed[99]);
  return 3;
}
