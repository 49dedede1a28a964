/* GNU attributes packed and aligned change layout. */
#include <stdio.h>
#include <stddef.h>

/* glibc's <sys/cdefs.h> defines __attribute__ away for compilers that are not GCC (tcc);
   the kernel tree's headers do not, so undo it here. */
#undef __attribute__

struct __attribute__((packed)) hdr { char kind; int len; short crc; };
struct al { char c; int v __attribute__((aligned(16))); };
struct plain { char kind; int len; short crc; };

int main(void)
{
	struct hdr h;
	unsigned char *p = (unsigned char *)&h;
	h.kind = 1;
	h.len = 0x11223344;
	h.crc = 0x5566;
	printf("%d %d %d\n", (int)sizeof(struct hdr), (int)offsetof(struct hdr, len), (int)offsetof(struct hdr, crc));
	printf("%02x %02x %02x %02x %02x\n", p[0], p[1], p[4], p[5], p[6]);
	printf("%d %d\n", (int)sizeof(struct al), (int)offsetof(struct al, v));
	printf("%d\n", (int)sizeof(struct plain));
	return (int)sizeof(struct hdr);
}
