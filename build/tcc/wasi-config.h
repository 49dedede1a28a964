/* config.h for TinyCC built to wasm32-wasip1 by make-tcc-wasm.mjs.
 *
 * tcc's own ./configure writes this file for a native build; ours describes a compiler that
 * runs inside a WASI sandbox and targets Linux i386. Every path below is a path INSIDE the
 * sandbox that build/tcc/host.ts gives each compile: /tcc holds tcc's own headers and
 * libtcc1.a, /usr/include is where a caller may mount C library headers.
 */
#define TCC_VERSION "@TCC_VERSION@"

/* {B} is CONFIG_TCCDIR (or -B). */
#define CONFIG_TCCDIR "/tcc"
#define CONFIG_TCC_SYSINCLUDEPATHS "{B}/include:/usr/local/include:/usr/include/i386-linux-gnu:/usr/include"
#define CONFIG_TCC_LIBPATHS "{B}/lib:/usr/lib/i386-linux-gnu:/usr/lib"
#define CONFIG_TCC_CRTPREFIX "/usr/lib/i386-linux-gnu"
#define CONFIG_TCC_ELFINTERP "/lib/ld-linux.so.2"

/* No dlopen in WASI; tcc then never loads shared libraries itself. */
#define CONFIG_TCC_STATIC 1

/* tcc takes its OS predefines (__linux__, __linux) from the machine it was compiled on. That
 * machine is WASI here, but the target is Linux i386, so claim Linux. No WASI libc header tests
 * __linux__, so this changes nothing on the host side. */
#define __linux__ 1

/* tcc.h always defines CONFIG_TCC_SEMLOCK, which guards libtcc against concurrent use from
 * threads with a POSIX semaphore. A WASI instance is single-threaded and each compile gets its
 * own instance, so the lock is disabled: include the header first (its guard makes libtcc.c's
 * own #include a no-op), then turn the three calls into nothing. */
#include <semaphore.h>
#define sem_init(sem, pshared, value) ((void)(sem), 0)
#define sem_wait(sem) ((void)(sem), 0)
#define sem_post(sem) ((void)(sem), 0)

/* WASI cannot start processes. tcc only execs for `-m64` on an i386 compiler (to re-run itself
 * as the x86_64 compiler); failing here makes it report "could not run 'x86_64-tcc'". */
#define execvp(file, argv) ((void)(file), (void)(argv), -1)
