#include "tls/Certificates.h"

#include <QHostAddress>
#include <memory>
#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace fortrolig::server::Certificates {

namespace {

template <typename T, void (*Free)(T*)> struct Deleter
{
    void operator()(T* p) const { Free(p); }
};
using Key = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using Cert = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using Bio = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;

Error failed(const char* what)
{
    return Error(ErrorCode::Internal, QStringLiteral("OpenSSL: ") + QString::fromLatin1(what));
}

QByteArray toPem(bool privateKey, EVP_PKEY* key, X509* cert)
{
    Bio bio(BIO_new(BIO_s_mem()));
    if (!bio)
        return {};
    const int ok =
        privateKey ? PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr)
                   : PEM_write_bio_X509(bio.get(), cert);
    if (ok != 1)
        return {};
    BUF_MEM* mem = nullptr;
    BIO_get_mem_ptr(bio.get(), &mem);
    QByteArray out(mem->data, qsizetype(mem->length));
    OPENSSL_cleanse(mem->data, mem->length);
    return out;
}

bool addExtension(X509* cert, X509* issuer, int nid, const QByteArray& value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION* ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData());
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

// A certificate for `key`, signed by `issuerKey` (itself when self-signed).
Result<Pem> make(const QString& commonName, const QStringList& hostNames, bool isCa, int days,
                 EVP_PKEY* issuerKey, X509* issuerCert)
{
    Key key(EVP_EC_gen("P-256"));
    if (!key)
        return failed("key generation");
    Cert cert(X509_new());
    if (!cert)
        return failed("X509_new");
    X509_set_version(cert.get(), 2);
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f; // positive
    BIGNUM* bn = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
    BN_free(bn);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_time_adj_ex(X509_getm_notAfter(cert.get()), days, 0, nullptr);
    X509_set_pubkey(cert.get(), key.get());
    X509_NAME* name = X509_get_subject_name(cert.get());
    const QByteArray cn = commonName.toUtf8().left(64);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char*>(cn.constData()), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char*>("Fortrolig"), -1, -1, 0);
    X509* issuer = issuerCert ? issuerCert : cert.get();
    X509_set_issuer_name(cert.get(), X509_get_subject_name(issuer));

    bool ok = true;
    if (isCa) {
        ok =
            addExtension(cert.get(), issuer, NID_basic_constraints, "critical,CA:TRUE,pathlen:0") &&
            addExtension(cert.get(), issuer, NID_key_usage, "critical,keyCertSign,cRLSign");
    } else {
        QByteArray san;
        for (const QString& h : hostNames) {
            const bool isIp = !QHostAddress(h).isNull();
            san += (san.isEmpty() ? "" : ",") + QByteArray(isIp ? "IP:" : "DNS:") + h.toLatin1();
        }
        ok = addExtension(cert.get(), issuer, NID_basic_constraints, "critical,CA:FALSE") &&
             addExtension(cert.get(), issuer, NID_key_usage, "critical,digitalSignature") &&
             addExtension(cert.get(), issuer, NID_ext_key_usage, "serverAuth") &&
             (san.isEmpty() || addExtension(cert.get(), issuer, NID_subject_alt_name, san));
    }
    ok = ok && addExtension(cert.get(), issuer, NID_subject_key_identifier, "hash");
    if (!ok)
        return failed("extensions");
    if (X509_sign(cert.get(), issuerKey ? issuerKey : key.get(), EVP_sha256()) == 0)
        return failed("signing");
    Pem pem{toPem(false, nullptr, cert.get()), toPem(true, key.get(), nullptr)};
    if (pem.certificate.isEmpty() || pem.privateKey.isEmpty())
        return failed("PEM");
    return pem;
}

} // namespace

Result<Pem> selfSigned(const QStringList& hostNames, int days)
{
    return make(hostNames.value(0, QStringLiteral("fortrolig-server")), hostNames, false, days,
                nullptr, nullptr);
}

Result<Pem> authority(const QString& name, int days)
{
    return make(name, {}, true, days, nullptr, nullptr);
}

Result<Pem> signedBy(const Pem& ca, const QStringList& hostNames, int days)
{
    Bio certBio(BIO_new_mem_buf(ca.certificate.constData(), int(ca.certificate.size())));
    Bio keyBio(BIO_new_mem_buf(ca.privateKey.constData(), int(ca.privateKey.size())));
    Cert caCert(PEM_read_bio_X509(certBio.get(), nullptr, nullptr, nullptr));
    Key caKey(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr));
    if (!caCert || !caKey)
        return failed("reading the CA");
    return make(hostNames.value(0, QStringLiteral("fortrolig-server")), hostNames, false, days,
                caKey.get(), caCert.get());
}

} // namespace fortrolig::server::Certificates
