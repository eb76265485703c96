#ifndef DOCLOC_CPROGRAMIMAGE_SHIM_H
#define DOCLOC_CPROGRAMIMAGE_SHIM_H
/* Where the running executable's writable data lies (see WritableImage.swift). On Linux, glibc's startup file
   (crt1.o, linked first) begins .data with __data_start, and the linker defines _end just past .bss. Both are
   resolved when an executable is linked: docloc, or the test runner. */
#if defined(__linux__)
extern char __data_start[];
extern char _end[];
static inline void *docloc_data_start(void) { return __data_start; }
static inline void *docloc_image_end(void) { return _end; }
#endif

/* Whether LeakSanitizer is in the program (an AddressSanitizer build): its interface function, declared weak, is
   then defined. ProcessLifetime frees what it would keep to the exit, which LeakSanitizer would report as leaked: it
   cannot follow the pointers Swift keeps tag bits in. */
extern void __lsan_do_leak_check(void) __attribute__((weak));
static inline int docloc_checks_leaks(void) { return __lsan_do_leak_check != 0; }
#endif
