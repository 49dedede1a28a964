#ifndef _LINUX_UNISTD_H
#define _LINUX_UNISTD_H
#include <asm/unistd.h>
#endif
