#include <stddef.h>
#include <stdint.h>

/// libFuzzer's entry for programs that keep their own `main` (SwiftPM gives every executable
/// one): runs the fuzzing loop with the command line's options over `callback`.
int LLVMFuzzerRunDriver(int *argc, char ***argv,
                        int (*callback)(const uint8_t *data, size_t size));
