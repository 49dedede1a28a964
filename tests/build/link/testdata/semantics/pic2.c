int ext_var = 7;
int ext_arr[4] = {1, 2, 3, 4};
extern int get(void);
extern int use_got(void);
void _start(void) {
  int r = get() + use_got();
  __asm__ volatile("int $0x80" : : "a"(1), "b"(r));
}
