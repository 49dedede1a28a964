/* assert.h - assert(cond) prints where a check failed and aborts.
 * Define NDEBUG before including it to compile the checks away. */
#undef assert
#ifdef NDEBUG
#define assert(cond) ((void)0)
#else
void __assert_fail(const char *cond, const char *file, int line, const char *func);
#define assert(cond) ((cond) ? (void)0 : __assert_fail(#cond, __FILE__, __LINE__, __func__))
#endif
