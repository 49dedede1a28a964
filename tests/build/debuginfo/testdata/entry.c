/* The program entry for the debug-info tests. */
extern int add(int a, int b);
extern int sum(int n);
int result;

void _start(void) {
  result = add(1, 2) + sum(5);
  for (;;) {
  }
}
