static inline int twice(int v) {
  return v * 2;
}
