/* Syscall bodies: the real one (the -ENOSYS stub is in cond.S). */
long sys_present(void) { return 0x1234; }
int initcall_count = 7;
