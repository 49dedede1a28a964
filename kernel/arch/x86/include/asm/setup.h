#ifndef _ASM_X86_SETUP_H
#define _ASM_X86_SETUP_H

void setup_arch(void);
void paging_init(void);
void trap_init(void);
void init_IRQ(void);
void time_init(void);
void sysenter_setup(void);

#endif
