#include "api/JsonReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>

namespace fjord::json {

namespace {

// Bytes that can stay in a string as they are: printable ASCII except '"' and '\'.
constexpr std::array<bool, 256> plainTable()
{
    std::array<bool, 256> t{};
    for (int c = 0x20; c < 0x80; ++c)
        t[std::size_t(c)] = c != '"' && c != '\\';
    return t;
}
constexpr std::array<bool, 256> kPlain = plainTable();

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool isAscii(QByteArrayView text)
{
    for (const char c : text) {
        if (uchar(c) >= 0x80)
            return false;
    }
    return true;
}

void appendUtf8(QByteArray* out, char32_t cp)
{
    if (cp < 0x80) {
        out->append(char(cp));
    } else if (cp < 0x800) {
        out->append(char(0xC0 | (cp >> 6)));
        out->append(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out->append(char(0xE0 | (cp >> 12)));
        out->append(char(0x80 | ((cp >> 6) & 0x3F)));
        out->append(char(0x80 | (cp & 0x3F)));
    } else {
        out->append(char(0xF0 | (cp >> 18)));
        out->append(char(0x80 | ((cp >> 12) & 0x3F)));
        out->append(char(0x80 | ((cp >> 6) & 0x3F)));
        out->append(char(0x80 | (cp & 0x3F)));
    }
}

} // namespace

JsonReader::JsonReader(QByteArrayView utf8)
    : m_pos(utf8.data())
    , m_end(utf8.data() + utf8.size())
{
}

bool JsonReader::fail()
{
    m_failed = true;
    m_pos = m_end;
    return false;
}

void JsonReader::skipSpace()
{
    while (m_pos < m_end && (*m_pos == ' ' || *m_pos == '\n' || *m_pos == '\r' || *m_pos == '\t'))
        ++m_pos;
}

JsonReader::Kind JsonReader::peek()
{
    skipSpace();
    if (m_failed || m_pos >= m_end)
        return Kind::Invalid;
    switch (*m_pos) {
    case '{':
        return Kind::Object;
    case '[':
        return Kind::Array;
    case '"':
        return Kind::String;
    case 't':
        return Kind::True;
    case 'f':
        return Kind::False;
    case 'n':
        return Kind::Null;
    default:
        return *m_pos == '-' || isDigit(*m_pos) ? Kind::Number : Kind::Invalid;
    }
}

bool JsonReader::enter(bool object)
{
    skipSpace();
    if (m_failed || m_pos >= m_end || *m_pos != (object ? '{' : '['))
        return fail();
    if (m_depth >= kMaxDepth)
        return fail();
    ++m_pos;
    ++m_depth;
    m_inObject[std::size_t(m_depth)] = object;
    m_hasItems[std::size_t(m_depth)] = false;
    return true;
}

bool JsonReader::enterObject()
{
    return enter(true);
}

bool JsonReader::enterArray()
{
    return enter(false);
}

bool JsonReader::beginItem(bool inObject, char close)
{
    if (m_failed || m_depth == 0 || m_inObject[std::size_t(m_depth)] != inObject)
        return fail();
    skipSpace();
    if (m_pos >= m_end)
        return fail();
    if (*m_pos == close) {
        ++m_pos;
        --m_depth;
        return false;
    }
    if (m_hasItems[std::size_t(m_depth)]) {
        if (*m_pos != ',')
            return fail();
        ++m_pos;
    }
    m_hasItems[std::size_t(m_depth)] = true;
    return true;
}

bool JsonReader::nextMember(QByteArrayView* key)
{
    if (!beginItem(true, '}'))
        return false;
    skipSpace();
    if (m_pos >= m_end || *m_pos != '"')
        return fail();
    bool ascii = false;
    if (!scanString(key, &ascii))
        return false;
    skipSpace();
    if (m_pos >= m_end || *m_pos != ':')
        return fail();
    ++m_pos;
    return true;
}

bool JsonReader::nextElement()
{
    return beginItem(false, ']');
}

// m_pos is at a byte >= 0x80: one well-formed UTF-8 sequence (RFC 3629: no overlong
// forms, no surrogates, nothing above U+10FFFF).
bool JsonReader::scanUtf8()
{
    const auto* p = reinterpret_cast<const uchar*>(m_pos);
    const auto* end = reinterpret_cast<const uchar*>(m_end);
    const uchar b0 = p[0];
    int length = 0;
    uchar lo = 0x80;
    uchar hi = 0xBF;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        length = 2;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        length = 3;
        if (b0 == 0xE0)
            lo = 0xA0; // overlong
        else if (b0 == 0xED)
            hi = 0x9F; // surrogates
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        length = 4;
        if (b0 == 0xF0)
            lo = 0x90; // overlong
        else if (b0 == 0xF4)
            hi = 0x8F; // above U+10FFFF
    } else {
        return fail();
    }
    if (end - p < length)
        return fail();
    if (p[1] < lo || p[1] > hi)
        return fail();
    for (int i = 2; i < length; ++i) {
        if (p[i] < 0x80 || p[i] > 0xBF)
            return fail();
    }
    m_pos += length;
    return true;
}

// m_pos is at a backslash; appends the decoded character to m_scratch.
bool JsonReader::scanEscape()
{
    if (m_end - m_pos < 2)
        return fail();
    const char c = m_pos[1];
    m_pos += 2;
    switch (c) {
    case '"':
    case '\\':
    case '/':
        m_scratch.append(c);
        return true;
    case 'b':
        m_scratch.append('\b');
        return true;
    case 'f':
        m_scratch.append('\f');
        return true;
    case 'n':
        m_scratch.append('\n');
        return true;
    case 'r':
        m_scratch.append('\r');
        return true;
    case 't':
        m_scratch.append('\t');
        return true;
    case 'u':
        break;
    default:
        return fail();
    }
    auto hex4 = [this](char32_t* out) {
        if (m_end - m_pos < 4)
            return false;
        char32_t v = 0;
        for (int i = 0; i < 4; ++i) {
            const int d = hexValue(m_pos[i]);
            if (d < 0)
                return false;
            v = (v << 4) | char32_t(d);
        }
        m_pos += 4;
        *out = v;
        return true;
    };
    char32_t cp = 0;
    if (!hex4(&cp))
        return fail();
    if (cp >= 0xDC00 && cp <= 0xDFFF)
        return fail(); // a low surrogate without its high half
    if (cp >= 0xD800 && cp <= 0xDBFF) {
        char32_t low = 0;
        if (m_end - m_pos < 2 || m_pos[0] != '\\' || m_pos[1] != 'u')
            return fail();
        m_pos += 2;
        if (!hex4(&low) || low < 0xDC00 || low > 0xDFFF)
            return fail();
        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
    }
    appendUtf8(&m_scratch, cp);
    return true;
}

// m_pos is at the opening quote. *utf8 points into the input when the string holds no
// escapes (the common case) and into m_scratch otherwise.
bool JsonReader::scanString(QByteArrayView* utf8, bool* ascii)
{
    ++m_pos;
    const char* start = m_pos;
    bool plainAscii = true;
    for (;;) {
        while (m_pos < m_end && kPlain[uchar(*m_pos)])
            ++m_pos;
        if (m_pos >= m_end)
            return fail();
        const uchar c = uchar(*m_pos);
        if (c == '"') {
            *utf8 = QByteArrayView(start, m_pos - start);
            *ascii = plainAscii;
            ++m_pos;
            return true;
        }
        if (c == '\\')
            break;
        if (c < 0x20)
            return fail();
        plainAscii = false;
        if (!scanUtf8())
            return false;
    }

    m_scratch.clear();
    m_scratch.append(start, m_pos - start);
    for (;;) {
        const char* run = m_pos;
        while (m_pos < m_end && kPlain[uchar(*m_pos)])
            ++m_pos;
        m_scratch.append(run, m_pos - run);
        if (m_pos >= m_end)
            return fail();
        const uchar c = uchar(*m_pos);
        if (c == '"') {
            ++m_pos;
            *utf8 = QByteArrayView(m_scratch);
            *ascii = false; // not worth tracking: only picks the faster QString conversion
            return true;
        }
        if (c == '\\') {
            if (!scanEscape())
                return false;
            continue;
        }
        if (c < 0x20)
            return fail();
        const char* sequence = m_pos;
        if (!scanUtf8())
            return false;
        m_scratch.append(sequence, m_pos - sequence);
    }
}

bool JsonReader::readString(QString* out)
{
    skipSpace();
    if (m_failed || m_pos >= m_end || *m_pos != '"')
        return fail();
    QByteArrayView text;
    bool ascii = false;
    if (!scanString(&text, &ascii))
        return false;
    *out = ascii ? QString::fromLatin1(text.data(), text.size())
                 : QString::fromUtf8(text.data(), text.size());
    return true;
}

bool JsonReader::readNumber(QByteArrayView* token)
{
    skipSpace();
    if (m_failed)
        return false;
    const char* start = m_pos;
    const char* p = m_pos;
    if (p < m_end && *p == '-')
        ++p;
    if (p >= m_end || !isDigit(*p))
        return fail();
    if (*p == '0') {
        ++p; // no leading zeros: "01" ends after the 0 and then fails as garbage
    } else {
        while (p < m_end && isDigit(*p))
            ++p;
    }
    bool integer = true;
    if (p < m_end && *p == '.') {
        integer = false;
        ++p;
        if (p >= m_end || !isDigit(*p))
            return fail();
        while (p < m_end && isDigit(*p))
            ++p;
    }
    if (p < m_end && (*p == 'e' || *p == 'E')) {
        integer = false;
        ++p;
        if (p < m_end && (*p == '+' || *p == '-'))
            ++p;
        if (p >= m_end || !isDigit(*p))
            return fail();
        while (p < m_end && isDigit(*p))
            ++p;
    }
    // Qt's parser refuses a number that does not fit a double (2e308, or 1e-400, which would
    // silently become 0), and so does this reader: the two must agree on what is valid. An
    // integer of up to 18 digits always fits; anything else is checked by the very
    // conversion Qt's parser uses.
    const qsizetype digits = p - start - (*start == '-' ? 1 : 0);
    if (!integer || digits > 18) {
        bool ok = false;
        QByteArray::fromRawData(start, p - start).toDouble(&ok);
        if (!ok)
            return fail();
    }
    m_pos = p;
    if (token)
        *token = QByteArrayView(start, p - start);
    return true;
}

bool JsonReader::readLiteral()
{
    skipSpace();
    if (m_failed || m_pos >= m_end)
        return fail();
    QByteArrayView word;
    switch (*m_pos) {
    case 't':
        word = "true";
        break;
    case 'f':
        word = "false";
        break;
    case 'n':
        word = "null";
        break;
    default:
        return fail();
    }
    if (m_end - m_pos < word.size() || QByteArrayView(m_pos, word.size()) != word)
        return fail();
    m_pos += word.size();
    return true;
}

bool JsonReader::skipValue()
{
    const int base = m_depth;
    for (;;) {
        switch (peek()) {
        case Kind::Object:
            if (!enterObject())
                return false;
            break;
        case Kind::Array:
            if (!enterArray())
                return false;
            break;
        case Kind::String: {
            QByteArrayView text;
            bool ascii = false;
            if (!scanString(&text, &ascii))
                return false;
            break;
        }
        case Kind::Number:
            if (!readNumber(nullptr))
                return false;
            break;
        case Kind::True:
        case Kind::False:
        case Kind::Null:
            if (!readLiteral())
                return false;
            break;
        case Kind::Invalid:
            return fail();
        }
        // Move to the next value inside what was entered, closing finished containers.
        for (;;) {
            if (m_depth == base)
                return true;
            QByteArrayView key;
            const bool more = m_inObject[std::size_t(m_depth)] ? nextMember(&key) : nextElement();
            if (m_failed)
                return false;
            if (more)
                break;
        }
    }
}

bool JsonReader::buildValue(QJsonValue* out, bool* needsQt)
{
    if (*needsQt)
        return skipValue(); // the span goes to QJsonDocument anyway
    switch (peek()) {
    case Kind::Object: {
        if (!enterObject())
            return false;
        QJsonObject object;
        QByteArrayView key;
        while (nextMember(&key)) {
            if (!isAscii(key))
                *needsQt = true; // Qt orders non-ASCII keys by their storage; leave that to it
            const QString name = *needsQt ? QString() : QString::fromLatin1(key.data(), key.size());
            QJsonValue value;
            if (!buildValue(&value, needsQt))
                return false;
            if (!*needsQt)
                object.insert(name, value); // a repeated key: the last one wins, as in Qt
        }
        if (m_failed)
            return false;
        *out = object;
        return true;
    }
    case Kind::Array: {
        if (!enterArray())
            return false;
        QJsonArray array;
        while (nextElement()) {
            QJsonValue value;
            if (!buildValue(&value, needsQt))
                return false;
            if (!*needsQt)
                array.append(value);
        }
        if (m_failed)
            return false;
        *out = array;
        return true;
    }
    case Kind::String: {
        QString s;
        if (!readString(&s))
            return false;
        *out = QJsonValue(s);
        return true;
    }
    case Kind::Number:
        *needsQt = true; // integer or double exactly as Qt decides
        return readNumber(nullptr);
    case Kind::True:
    case Kind::False:
    case Kind::Null: {
        const char first = *m_pos;
        if (!readLiteral())
            return false;
        *out = first == 'n' ? QJsonValue(QJsonValue::Null) : QJsonValue(first == 't');
        return true;
    }
    case Kind::Invalid:
        break;
    }
    return fail();
}

bool JsonReader::readJsonValue(QJsonValue* out)
{
    skipSpace();
    const char* start = m_pos;
    bool needsQt = false;
    if (!buildValue(out, &needsQt))
        return false;
    if (!needsQt)
        return true;
    QByteArray wrapped;
    wrapped.reserve(m_pos - start + 2);
    wrapped.append('[');
    wrapped.append(start, m_pos - start);
    wrapped.append(']');
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(wrapped, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray() || doc.array().size() != 1)
        return fail();
    *out = doc.array().at(0);
    return true;
}

bool JsonReader::finish()
{
    if (m_failed || m_depth != 0)
        return fail();
    skipSpace();
    return m_pos == m_end || fail();
}

} // namespace fjord::json
