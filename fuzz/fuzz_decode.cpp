// Text decoding: any bytes give text or a reason, never a crash; decoded text has no CR left.
#include "fuzzcommon.h"

#include "text/textdecoder.h"

void kanbaoFuzzInit()
{
    kanbao::fuzz::ensureApplication();
}

int kanbaoFuzzOne(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    kanbao::DecodedText out;
    QString error;
    const bool ok = kanbao::TextDecoder::decode(bytes, &out, &error);
    if (ok) {
        KANBAO_FUZZ_CHECK(!out.encoding.isEmpty());
        KANBAO_FUZZ_CHECK(!out.text.contains(QLatin1Char('\r')));
    } else {
        KANBAO_FUZZ_CHECK(!error.isEmpty());
    }
    return 0;
}
