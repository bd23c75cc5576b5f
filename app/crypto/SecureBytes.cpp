#include "app/crypto/SecureBytes.h"

#include <new>
#include <sodium.h>
#include <utility>

namespace fortrolig {

bool ensureSodium()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

SecureBytes::SecureBytes(std::size_t size)
{
    ensureSodium();
    if (size == 0)
        return;
    m_data = static_cast<unsigned char*>(sodium_malloc(size));
    if (!m_data)
        throw std::bad_alloc();
    sodium_memzero(m_data, size);
    m_size = size;
}

SecureBytes::~SecureBytes()
{
    clear();
}

SecureBytes::SecureBytes(SecureBytes&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0))
{
}

SecureBytes& SecureBytes::operator=(SecureBytes&& other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecureBytes SecureBytes::random(std::size_t size)
{
    SecureBytes out(size);
    randombytes_buf(out.m_data, size);
    return out;
}

SecureBytes SecureBytes::copyOf(const void* data, std::size_t size)
{
    SecureBytes out(size);
    if (size)
        memcpy(out.m_data, data, size);
    return out;
}

SecureBytes SecureBytes::takeFrom(QByteArray& source)
{
    SecureBytes out = copyOf(source.constData(), std::size_t(source.size()));
    sodium_memzero(source.data(), std::size_t(source.size()));
    source.clear();
    return out;
}

bool SecureBytes::equals(const SecureBytes& other) const
{
    return m_size == other.m_size &&
           (m_size == 0 || sodium_memcmp(m_data, other.m_data, m_size) == 0);
}

void SecureBytes::clear()
{
    if (m_data)
        sodium_free(m_data); // wipes before freeing
    m_data = nullptr;
    m_size = 0;
}

SecureBytes SecureBytes::toHex() const
{
    SecureBytes out(m_size * 2 + 1);
    sodium_bin2hex(reinterpret_cast<char*>(out.m_data), out.m_size, m_data, m_size);
    out.m_size = m_size * 2; // the terminating NUL stays inside the allocation
    return out;
}

} // namespace fortrolig
