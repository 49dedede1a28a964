// Sources the disassembler is checked on: hand-written assembly covering the instruction
// families the CPU implements, and C compiled by gcc -m32 at several optimization levels.

/// Integer, system and x87 instructions in GNU as syntax.
export const ASM_FIXTURE = `
  add %eax,%ebx; add (%ecx),%dl; addw $1,(%eax); addb $1,(%eax); add $-16,%esp; adc $5,%al
  sbb %esi,%edi; and $0xff00,%eax; or %al,0x10(%ebx,%esi,2); xor %eax,%eax; cmpw $0x10,%ax
  sub %es:4(%eax),%ecx; cmpl $7,-8(%ebp); test %al,%al; testl $0x80,(%edx)
  inc %eax; decl (%eax); incb 3(%ebx); neg %edx; notw %cx; mul %ecx; imul %ebx; div %esi
  idivl (%eax); imul %ecx,%edx; imul $12,%eax,%ecx; imul $1000,(%ebx),%eax
  shl $3,%eax; sar %cl,%edx; shr %eax; rol $1,%bl; rcr $2,%si; shll (%eax); shld $3,%eax,%ebx
  shrd %cl,%edx,%eax; bt %eax,(%ebx); bts $5,%ecx; btr %edx,%eax; btcl $31,(%esi); bsf %eax,%edx
  bsr (%ecx),%ebx; sete %al; setg (%eax); cmovne %ebx,%eax; cmovl (%esi),%edi; bswap %ecx
  mov 0x1234,%eax; mov %al,0x5678; movl $0x12345678,0x10(%eax,%ebx,4); mov $7,%bh
  movzbl (%eax),%ecx; movsbw %al,%cx; movswl %dx,%eax; movzwl 2(%ebp),%esi; lea -8(%ebp),%esi
  lea 0x0(%esi,1),%esi; xchg %eax,%ebx; xchg %ecx,(%edx); cmpxchg %ecx,(%ebx); xadd %eax,(%edx)
  lock incl (%eax); lock cmpxchg8b (%esi); cltd; cwtl; cbtw; cwtd; lahf; sahf; xlat %ds:(%ebx)
  push %ebp; push $0x12; push $0x12345; pushl 8(%eax); pop %esi; popl (%eax); pusha; popa
  pushf; popf; push %fs; pop %gs; push %es; enter $8,$0; leave; ret; ret $4; lret
  rep movsl; rep movsb; rep stos %eax,%es:(%edi); lods %ds:(%esi),%al; repz cmpsb; repnz scasb
  insb (%dx),%es:(%edi); outsl %ds:(%esi),(%dx); in (%dx),%al; out %al,$0x80; in $0x60,%eax
  int $0x80; int3; into; iret; hlt; cli; sti; cld; std; clc; stc; cmc; nop; cpuid; rdtsc
  rdmsr; wrmsr; sysenter; sysexit; lgdtl (%eax); lidtl 6(%ebx); sgdtl (%ecx); sidtl (%edx)
  lldt %ax; ltr %bx; sldt %eax; str %ecx; invlpg (%eax); mov %cr0,%eax; mov %eax,%cr3
  mov %cr2,%edx; clts; wbinvd; mov %ds,%ax; mov %ax,%ds; movw %ss,(%eax); lss (%eax),%esp
  ljmp $0x8,$0x1000; lcall $0x10,$0x2000; ljmp *(%eax); lcall *4(%ebx); call *%eax
  jmp *0x10(%eax); lar %ax,%ecx; lsl %ebx,%edx; verr %ax; arpl %ax,%bx; bound %eax,(%ebx)
  daa; das; aaa; aas; aam; aad; ud2; nopw 0x0(%eax,%eax,1); nopl (%eax)
  fldl 8(%esp); flds (%eax); fldt (%ebx); fildl (%eax); fildll (%eax); filds (%ecx)
  fstpl (%eax); fstps 4(%eax); fstpt (%edx); fistpl (%eax); fistpll (%eax); fistps (%eax)
  fistl (%ecx); fisttpl (%eax); fadd %st(1),%st; faddp %st,%st(1); fsubrp %st,%st(2)
  fdivp %st,%st(1); fmull 8(%ebp); fdivrs (%eax); fiaddl (%eax); fcomp %st(3); fucompp
  fucomi %st(1),%st; fcomip %st(2),%st; fnstsw %ax; fnstcw (%eax); fldcw 2(%eax); fxch %st(2)
  fld %st(0); fstp %st(1); fchs; fabs; fsqrt; fld1; fldz; fldpi; fcmovne %st(1),%st; fninit
  frndint; fsin; fcos; fpatan; fprem; fscale; fxam; ftst; ffree %st(3); fnstenv (%eax)
`;

/// C exercising what gcc emits for integer, 64-bit, switch, varargs and float/double code.
export const C_FIXTURE = `
#include <stdarg.h>
typedef unsigned long long u64;
static char buf[256];
double dd(double a, double b) { return a * b + a / b - (a < b ? a : b); }
float ff(float a, int k) { return a * k + 1.5f; }
long long ll(long long a, long long b) { return a / b + a % b + (a << 3) + (a >> 5); }
u64 ull(u64 a, u64 b) { return a / b * 7 + (a >> 33); }
int vf(const char *fmt, ...) { va_list ap; va_start(ap, fmt); int s = 0;
  while (*fmt) { if (*fmt++ == '%') s += va_arg(ap, int); } va_end(ap); return s; }
int sw(int x) { switch (x) { case 1: return 5; case 2: return 7; case 3: return 11;
  case 4: return 13; case 5: return 17; default: return -1; } }
void cp(char *d, const char *s, int n) { while (n--) *d++ = *s++; buf[n & 255] = 0; }
unsigned bits(unsigned x) { return __builtin_popcount(x) + __builtin_clz(x | 1) + (x >> 3 | x << 29); }
short sh(short a, unsigned char b) { return a * b - (signed char)b; }
int cmp(int a, int b) { return (a < b) + (a > b) * 2 + ((unsigned)a < (unsigned)b) * 4; }
int to_int(double d) { return (int)d; }
long long to_ll(float f) { return (long long)f; }
`;
