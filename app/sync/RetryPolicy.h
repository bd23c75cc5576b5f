#pragma once

#include <QtGlobal>

namespace fortrolig {

// The one retry rule for everything sync does over the network: exponential backoff with
// jitter (a random wait between half and all of the current ceiling), capped, reset after a
// success. Laptops that lost the server at the same moment do not all come back at once.
class RetryPolicy
{
public:
    RetryPolicy(int firstMs = 2'000, int maxMs = 5 * 60'000) : m_firstMs(firstMs), m_maxMs(maxMs) {}

    int nextDelayMs(); // and counts the failure
    void reset() { m_failures = 0; }
    int failures() const { return m_failures; }
    int ceilingMs() const; // for the current number of failures

private:
    int m_firstMs;
    int m_maxMs;
    int m_failures = 0;
};

} // namespace fortrolig
