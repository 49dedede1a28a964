/*
 * Recording half of the generated random-instruction kernels (tests/emulator/oracle/
 * random-kernel.ts writes the cases): after each case the registers and flags are printed as
 * one line "R index eax ecx edx ebx esi edi eflags buffers-hash", all in hex.
 */
#include "runtime.h"

u8 src[192], dst[192];

/* Refills both buffers so every string case starts from the same memory. */
void reset_buffers(void)
{
	for (int i = 0; i < 192; i++) {
		src[i] = (u8)(i * 37 + 11);
		dst[i] = (u8)(i * 101 + 3);
	}
}

static u32 hash(const u8 *p, int n, u32 h)
{
	for (int i = 0; i < n; i++)
		h = (h ^ p[i]) * 0x01000193;
	return h;
}

struct pushad {
	u32 edi, esi, ebp, esp, ebx, edx, ecx, eax;
};

void record_case(u32 index, struct pushad r, u32 flags)
{
	u32 h = hash(dst, 192, hash(src, 192, 0x811C9DC5));
	kprintf("R %x %x %x %x %x %x %x %x %x\n", index, r.eax, r.ecx, r.edx, r.ebx, r.esi, r.edi, flags, h);
}
