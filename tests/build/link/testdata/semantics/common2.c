int shared_c;
int big[20];
short other_c;
int get2(void) { return shared_c + big[19] + other_c; }
