/* Never referenced: must not be pulled out of the archive. */
int mini_unused_marker = 1;
void mini_unused(void) {}
