/* A flags word as a struct of one-bit fields beside the same flags as mask constants: setting,
 * clearing and testing either way gives the same bits (i386 allocates bit-fields from bit 0). */
#include <stdio.h>
#include <string.h>

struct page_flags {
	unsigned present : 1, writable : 1, user : 1, pwt : 1, pcd : 1, accessed : 1, dirty : 1;
	unsigned pse : 1, global : 1, avail : 3, frame : 20;
};

#define P_PRESENT 0x001u
#define P_RW 0x002u
#define P_USER 0x004u
#define P_DIRTY 0x040u
#define P_GLOBAL 0x100u

static unsigned as_word(struct page_flags f)
{
	unsigned w;
	memcpy(&w, &f, sizeof w);
	return w;
}

int main(void)
{
	struct page_flags f;
	unsigned w = 0;

	memset(&f, 0, sizeof f);
	f.present = 1;
	f.writable = 1;
	f.user = 1;
	f.frame = 0xabcde;
	w = P_PRESENT | P_RW | P_USER | (0xabcdeu << 12);
	printf("struct %08x mask %08x same %d\n", as_word(f), w, as_word(f) == w);
	f.dirty = 1;
	f.global = 1;
	f.writable = 0;
	w = (w | P_DIRTY | P_GLOBAL) & ~P_RW;
	printf("struct %08x mask %08x same %d\n", as_word(f), w, as_word(f) == w);
	f.avail = 5;
	printf("avail %u word %08x size %d\n", f.avail, as_word(f), (int)sizeof f);
	printf("present %u user %u dirty %u frame %05x\n", f.present, f.user, f.dirty, f.frame);
	return f.avail;
}
