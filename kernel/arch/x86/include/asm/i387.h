#ifndef _ASM_X86_I387_H
#define _ASM_X86_I387_H

/*
 * Saving and restoring a task's x87 FPU state, in the 108-byte layout of
 * fnsave/frstor: the 28-byte environment, then ST(0)..ST(7), 10 bytes each.
 *
 * It is written with fnstenv/fldenv and the 80-bit fstpt/fldt instead of
 * fnsave/frstor themselves: the same bytes in the same place, built from
 * the instructions every x87 implementation and emulator has. fnstenv
 * masks all exceptions, so popping empty registers is harmless, and fldenv
 * at the end puts back the control word, the status word (with TOP) and
 * the tags, which mark the registers that were empty as empty again.
 */
#define I387_STATE_SIZE	108

/* save_i387 - store the live FPU state; leaves the FPU initialized, like fnsave */
static inline void save_i387(unsigned char *state)
{
	asm volatile("fnstenv (%0)\n\t"
		     "fstpt 28(%0)\n\tfstpt 38(%0)\n\tfstpt 48(%0)\n\tfstpt 58(%0)\n\t"
		     "fstpt 68(%0)\n\tfstpt 78(%0)\n\tfstpt 88(%0)\n\tfstpt 98(%0)\n\t"
		     "fninit"
		     : : "r" (state) : "memory");
}

/*
 * restore_i387 - load a state saved by save_i387()
 * The registers were saved in stack order (ST(0) first). To push them back
 * into the same physical registers, TOP must start where it was: a first
 * fldenv of the environment with every register tagged empty sets TOP,
 * eight fldt refill the stack, and the real environment goes back last.
 */
static inline void restore_i387(const unsigned char *state)
{
	unsigned char env[28];
	int i;

	for (i = 0; i < 28; i++)
		env[i] = state[i];
	env[8] = env[9] = 0xff;		/* tag word: all empty */
	asm volatile("fldenv (%1)\n\t"
		     "fldt 98(%0)\n\tfldt 88(%0)\n\tfldt 78(%0)\n\tfldt 68(%0)\n\t"
		     "fldt 58(%0)\n\tfldt 48(%0)\n\tfldt 38(%0)\n\tfldt 28(%0)\n\t"
		     "fldenv (%0)"
		     : : "r" (state), "r" (env) : "memory");
}

#endif
