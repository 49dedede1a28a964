/*
 * The x87 FPU as GCC uses it for float, double and long double: arithmetic, conversions (fild,
 * fistp with the control word's rounding modes, frndint), compares (fcomi/fucomi and fnstsw
 * with NaNs, infinities and signed zeros), fsqrt, constants, and a fixed-point "%f" printer
 * built from those operations. Results are printed as bit patterns, never through rounding.
 */
#include "runtime.h"

static volatile double vd[] = { 1.5, -2.25, 3.0, 0.1, 1e300, -1e-300, 0.0, -0.0 };
static volatile float vf[] = { 1.5f, -2.25f, 3.0f, 0.1f, 3.4e38f, 1e-40f };

static u64 bits_d(double d) { union { double d; u64 u; } x = { d }; return x.u; }
static u32 bits_f(float f) { union { float f; u32 u; } x = { f }; return x.u; }

static void arithmetic(void)
{
	for (int i = 0; i < 8; i += 2) {
		double a = vd[i], b = vd[i + 1];
		kprintf("d %llx %llx: + %llx - %llx * %llx / %llx\n", bits_d(a), bits_d(b), bits_d(a + b), bits_d(a - b),
			bits_d(a * b), bits_d(b != 0 ? a / b : a / 3.0));
	}
	for (int i = 0; i < 6; i += 2) {
		float a = vf[i], b = vf[i + 1];
		kprintf("f %08x %08x: + %08x * %08x / %08x\n", bits_f(a), bits_f(b), bits_f(a + b), bits_f(a * b), bits_f(a / b));
	}
	double zero = vd[6];
	kprintf("1/0 %llx  -1/0 %llx  0/0 %llx  1/-0 %llx\n", bits_d(1 / zero), bits_d(-1 / zero), bits_d(zero / zero), bits_d(1 / vd[7]));
	long double third = 1.0L / (long double)vd[2];
	u8 ext[10];
	__builtin_memcpy(ext, &third, 10);
	kprintf("1/3 extended:");
	for (int i = 9; i >= 0; i--)
		kprintf(" %02x", ext[i]);
	kprintf("\n");
}

static double fsqrt(double x) { __asm__("fsqrt" : "+t"(x)); return x; }
static double frndint(double x) { __asm__("frndint" : "+t"(x)); return x; }

static void set_rounding(u16 rc)
{
	u16 cw;
	__asm__ volatile("fnstcw %0" : "=m"(cw));
	cw = (cw & ~0x0C00) | (rc << 10);
	__asm__ volatile("fldcw %0" : : "m"(cw));
}

static void conversions(void)
{
	static const double in[] = { 2.5, -2.5, 3.7, -3.7, 0.5, 1e10 };
	for (u16 rc = 0; rc < 4; rc++) {
		set_rounding(rc);
		kprintf("rc=%u:", rc);
		for (unsigned i = 0; i < 6; i++) {
			s64 r;
			double d = in[i];
			__asm__ volatile("fistpll %0" : "=m"(r) : "t"(d) : "st");
			kprintf(" %lld/%llx", r, bits_d(frndint(d)));
		}
		kprintf("\n");
	}
	set_rounding(0);
	volatile int n = -123456789;
	volatile long long big = 9007199254740993LL;
	kprintf("fild int %llx, fild ll %llx, (int)-2.9 = %d, (unsigned)3e9 = %u\n", bits_d((double)n), bits_d((double)big),
		(int)-2.9 * (int)vd[2], (unsigned)(vd[2] * 1e9));
	kprintf("float->double %llx, double->float %08x\n", bits_d((double)vf[3]), bits_f((float)vd[3]));
	kprintf("sqrt 2 %llx, sqrt 1e300 %llx, sqrt -1 %llx\n", bits_d(fsqrt(2.0)), bits_d(fsqrt(vd[4])), bits_d(fsqrt(-1.0)));
}

static void compares(void)
{
	double nan = vd[6] / vd[6], a = vd[0], b = vd[1];
	kprintf("a<b %d a>b %d a==a %d nan==nan %d nan<a %d nan!=nan %d 0==-0 %d\n", a < b, a > b, a == vd[0], nan == nan,
		nan < a, nan != nan, vd[6] == vd[7]);
	u16 sw;
	__asm__ volatile("fnclex; fldz; fld1; fcompp; fnstsw %0" : "=a"(sw));
	kprintf("fcompp 1 vs 0: c3c2c0=%x\n", (sw >> 8) & 0x45);
	__asm__ volatile("fnclex; fld1; fldz; fdiv %%st(1), %%st; fdivr %%st(0), %%st; fstp %%st(0); fstp %%st(0); fnstsw %0" : "=a"(sw));
	kprintf("0/1 then 1/0 status exceptions: %02x top %u\n", sw & 0x3D, (sw >> 11) & 7);
	__asm__ volatile("fnclex; fldz; fldz; fdivrp; fstp %%st(0); fnstsw %0" : "=a"(sw));
	kprintf("0/0 status exceptions: %02x\n", sw & 0x3D);
	__asm__ volatile("fninit; fld1; fldz; fxch; fstp %%st(0); ftst; fnstsw %0; fstp %%st(0)" : "=a"(sw));
	kprintf("ftst 0: c3c2c0=%x\n", (sw >> 8) & 0x45);
	u16 cw;
	__asm__ volatile("fninit; fnstcw %0" : "=m"(cw));
	kprintf("control word after fninit %04x\n", cw);
}

/* "%f" with 6 decimals, from the FPU's own operations (no libc). */
static void print_fixed(double x)
{
	if (x < 0) {
		serial_putc('-');
		x = -x;
	}
	u64 ip = (u64)x;
	double frac = x - (double)ip;
	u64 f = (u64)(frac * 1000000.0 + 0.5);
	if (f >= 1000000) {
		ip++;
		f -= 1000000;
	}
	kprintf("%llu.%06llu", ip, f);
}

int kmain(void)
{
	__asm__ volatile("fninit");
	arithmetic();
	conversions();
	compares();
	double pi;
	__asm__("fldpi" : "=t"(pi));
	kprintf("fldpi %llx  printed ", bits_d(pi));
	print_fixed(pi);
	kprintf("\n  and -1/7: ");
	print_fixed(-1.0 / (vd[2] + 4.0));
	kprintf("\n  and 12345.678: ");
	print_fixed(12345.678);
	kprintf("\n");
	return failures;
}
