#pragma once

#include <QByteArray>
#include <cstddef>

namespace fortrolig {

// Secret bytes in memory from sodium_malloc: guarded pages, locked against swapping where the
// OS allows, and wiped on destruction or clear(). Move-only; never converted to QString.
class SecureBytes
{
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size);
    ~SecureBytes();
    SecureBytes(SecureBytes&& other) noexcept;
    SecureBytes& operator=(SecureBytes&& other) noexcept;
    SecureBytes(const SecureBytes&) = delete;
    SecureBytes& operator=(const SecureBytes&) = delete;

    static SecureBytes random(std::size_t size);
    static SecureBytes copyOf(const void* data, std::size_t size);
    // Copies then wipes the source array (for secrets that arrived in a QByteArray).
    static SecureBytes takeFrom(QByteArray& source);

    unsigned char* data() { return m_data; }
    const unsigned char* data() const { return m_data; }
    const char* constChar() const { return reinterpret_cast<const char*>(m_data); }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    bool equals(const SecureBytes& other) const;
    void clear();

    // Lowercase hex into secure memory (for SQLCipher's x'...' raw key form).
    SecureBytes toHex() const;

private:
    unsigned char* m_data = nullptr;
    std::size_t m_size = 0;
};

// Initialises libsodium once; safe to call often. Returns false if it cannot start.
bool ensureSodium();

} // namespace fortrolig
