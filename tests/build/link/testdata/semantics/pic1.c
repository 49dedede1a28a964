/* Compiled -fpie: data reached through the GOT (GOT32X loads, GOTOFF, GOTPC). */
extern int ext_var;
extern int ext_arr[];
static int local_var = 5;
int get(void) { return ext_var + local_var + ext_arr[2]; }
int *addr(void) { return &ext_var; }
