// The libFuzzer entry points (KANBAO_FUZZ=ON builds only).
#include "fuzztarget.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    kanbaoFuzzInit();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return kanbaoFuzzOne(data, size);
}
