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
#endif
