#include "text/contenthash.h"

#include <QByteArray>

#ifdef KANBAO_HAVE_OPENSSL
#include <openssl/evp.h>
#else
#include <QCryptographicHash>
#endif

namespace kanbao {

#ifdef KANBAO_HAVE_OPENSSL

struct ContentHash::Private
{
    EVP_MD_CTX *context = EVP_MD_CTX_new();
    bool ok = context && EVP_DigestInit_ex(context, EVP_sha256(), nullptr) == 1;

    ~Private() { EVP_MD_CTX_free(context); }
};

ContentHash::ContentHash() : d(std::make_unique<Private>()) {}

void ContentHash::addData(QByteArrayView bytes)
{
    if (d->ok && !bytes.isEmpty())
        d->ok = EVP_DigestUpdate(d->context, bytes.data(), size_t(bytes.size())) == 1;
}

QString ContentHash::hex()
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    // libcrypto fails only without memory or without its default provider; an empty hash then matches no file
    // (every file is read as changed) rather than a wrong one matching.
    if (!d->ok || EVP_DigestFinal_ex(d->context, digest, &length) != 1)
        return {};
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex());
}

#else

struct ContentHash::Private
{
    QCryptographicHash hash{QCryptographicHash::Sha256};
};

ContentHash::ContentHash() : d(std::make_unique<Private>()) {}

void ContentHash::addData(QByteArrayView bytes)
{
    d->hash.addData(bytes);
}

QString ContentHash::hex()
{
    return QString::fromLatin1(d->hash.result().toHex());
}

#endif

ContentHash::~ContentHash() = default;

QString ContentHash::sha256Hex(QByteArrayView bytes)
{
    ContentHash hash;
    hash.addData(bytes);
    return hash.hex();
}

} // namespace kanbao
