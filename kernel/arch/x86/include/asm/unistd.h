#ifndef _ASM_X86_UNISTD_H
#define _ASM_X86_UNISTD_H
#include <asm/unistd_32.h>
#endif
