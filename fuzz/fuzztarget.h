#pragma once

// Every fuzz target defines kanbaoFuzzOne(); the same body is linked into a libFuzzer executable
// (KANBAO_FUZZ=ON, clang) and into a replay driver that the ordinary test run uses to feed the seed
// corpora and every kept regression input through it (any compiler, under the ASan build too).

#include <QtGlobal>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

// A broken invariant is a crash for the fuzzer: abort() with a message, so libFuzzer keeps the input.
#define KANBAO_FUZZ_CHECK(cond)                                                                          \
    do {                                                                                                 \
        if (!(cond)) {                                                                                   \
            std::fprintf(stderr, "invariant broken at %s:%d: %s\n", __FILE__, __LINE__, #cond);           \
            std::abort();                                                                                \
        }                                                                                                \
    } while (false)

// Called once before the first input (creates the QCoreApplication and whatever the target shares).
void kanbaoFuzzInit();
int kanbaoFuzzOne(const uint8_t *data, size_t size);
