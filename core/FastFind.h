#pragma once

#include <cstddef>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace ContactDesk {

// Substring search tuned for the short needles a search box produces
// (glibc's memmem walks byte by byte for needles of two bytes): 16 bytes at
// a time test the needle's first two bytes, then the rest is compared.
// Returns a pointer to the first occurrence, or nullptr.
inline const char *fastFind(const char *haystack, size_t size, const char *needle, size_t length)
{
    if (length == 0)
        return haystack;
    if (length > size)
        return nullptr;
    if (length == 1)
        return static_cast<const char *>(std::memchr(haystack, needle[0], size));
    const size_t last = size - length; // the last possible start
    size_t i = 0;
#if defined(__SSE2__)
    const __m128i first = _mm_set1_epi8(needle[0]);
    const __m128i second = _mm_set1_epi8(needle[1]);
    for (; i + 16 <= last + 1 && i + 17 <= size; i += 16) {
        const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i *>(haystack + i));
        const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i *>(haystack + i + 1));
        auto mask = static_cast<unsigned>(
            _mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(a, first), _mm_cmpeq_epi8(b, second))));
        while (mask) {
            const auto bit = static_cast<size_t>(__builtin_ctz(mask));
            const size_t start = i + bit;
            if (start <= last && std::memcmp(haystack + start + 2, needle + 2, length - 2) == 0)
                return haystack + start;
            mask &= mask - 1;
        }
    }
#endif
    for (; i <= last; ++i) {
        if (haystack[i] == needle[0] && haystack[i + 1] == needle[1] &&
            std::memcmp(haystack + i + 2, needle + 2, length - 2) == 0)
            return haystack + i;
    }
    return nullptr;
}

// True when `byte` occurs in the text; inline, for the many short texts of
// a one-letter search.
inline bool containsByte(const char *text, size_t size, char byte)
{
    size_t i = 0;
#if defined(__SSE2__)
    const __m128i wanted = _mm_set1_epi8(byte);
    for (; i + 16 <= size; i += 16) {
        const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i *>(text + i));
        if (_mm_movemask_epi8(_mm_cmpeq_epi8(block, wanted)))
            return true;
    }
#endif
    for (; i < size; ++i) {
        if (text[i] == byte)
            return true;
    }
    return false;
}

} // namespace ContactDesk
