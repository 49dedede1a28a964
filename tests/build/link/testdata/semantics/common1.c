/* Tentative definitions (-fcommon): merged with their namesakes in common2.c, largest size wins. */
int shared_c;
int big[10];
char small_c;
int get1(void) { return shared_c + big[3] + small_c; }
