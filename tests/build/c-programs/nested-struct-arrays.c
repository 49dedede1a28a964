/* Arrays inside structs inside arrays; initialised statically and changed at run time. */
#include <stdio.h>

struct seg { unsigned base, limit; unsigned char type, dpl; };
struct gdt { struct seg entries[4]; int count; };

static struct gdt table = {
	{ { 0, 0, 0, 0 }, { 0, 0xfffff, 0x9a, 0 }, { 0, 0xfffff, 0x92, 0 }, { 0, 0xfffff, 0xfa, 3 } },
	4,
};

int main(void)
{
	int i;
	table.entries[0].type = 1;
	table.entries[3].base = 0x08048000;
	for (i = 0; i < table.count; i++) {
		struct seg *s = &table.entries[i];
		printf("%d: base %08x limit %05x type %02x dpl %d\n", i, s->base, s->limit, s->type, s->dpl);
	}
	printf("%d %d\n", (int)sizeof(struct seg), (int)sizeof table);
	return table.entries[3].dpl;
}
