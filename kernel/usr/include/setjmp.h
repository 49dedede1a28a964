/* setjmp.h - non-local goto. setjmp() saves the registers a C function must keep
 * (EBX, ESI, EDI, EBP), the stack pointer and the return address; longjmp() puts them
 * back, so setjmp seems to return a second time. See usr/lib/setjmp.S. */
#ifndef _SETJMP_H
#define _SETJMP_H

typedef int jmp_buf[6];

int setjmp(jmp_buf env);
void longjmp(jmp_buf env, int value) __attribute__((noreturn));

#endif
