/* Functions over several lines, a static inline from a header, a loop and a switch: the line
   table must follow the file changes (N_SOL) and every statement. */
#include "inline.h"

int add(int a, int b) {
  int c = a + b;
  return twice(c);
}

static int classify(int v) {
  switch (v) {
  case 0:
    return 10;
  case 1:
    return 20;
  default:
    break;
  }
  return -1;
}

int sum(int n) {
  int s = 0;
  for (int i = 0; i < n; i++)
    s += classify(i % 3);
  return s;
}
