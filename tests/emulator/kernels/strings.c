/* Printing half of the string-instruction kernel (the cases are in strings.S). */
#include "runtime.h"

extern u8 src[128], dst[128];

static u32 sum(const u8 *p, int n)
{
	u32 h = 0x811C9DC5;
	for (int i = 0; i < n; i++)
		h = (h ^ p[i]) * 0x01000193;
	return h;
}

void show_string(const char *name, u32 esi, u32 edi, u32 ecx, u32 eax, u32 flags, u32 mask)
{
	kprintf("%-40s esi=%d edi=%d ecx=%x eax=%08x fl=%03x src=%08x dst=%08x\n", name,
		(s32)(esi - (u32)src), (s32)(edi - (u32)dst), ecx, eax, flags & mask, sum(src, 128), sum(dst, 128));
}
