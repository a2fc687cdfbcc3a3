#pragma once

#include <QByteArrayView>
#include <QString>

#include <memory>

namespace kanbao {

// SHA-256 of a file's bytes, as lower-case hex: the content hash the library stores for every page file (an
// unchanged file is not read again) and names its copies of PDFs by (library/storedfiles.h).
//
// With OpenSSL's libcrypto (found at configure time: KANBAO_HAVE_OPENSSL) the digest runs on the CPU's SHA
// instructions; Qt 6.4's QCryptographicHash has only portable code, about ten times slower, which made hashing a
// sixth of the CPU time of a PDF import. Without libcrypto QCryptographicHash is used. Both give the same digest.
class ContentHash
{
public:
    ContentHash();
    ~ContentHash();
    ContentHash(const ContentHash &) = delete;
    ContentHash &operator=(const ContentHash &) = delete;

    void addData(QByteArrayView bytes);
    // The digest of everything added, as 64 lower-case hex digits. Ends the hash: add nothing after it.
    QString hex();

    static QString sha256Hex(QByteArrayView bytes);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace kanbao
