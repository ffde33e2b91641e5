#pragma once

// A strict RFC 8259 pull reader over UTF-8 bytes, for fast paths that turn an API answer
// straight into typed values without building a QJsonDocument first (see
// json::tryParseProjectListUtf8). It validates everything it steps over: invalid UTF-8,
// lone surrogates, bad escapes, control characters in strings, malformed numbers, numbers
// out of a double's range (which Qt's parser refuses too) and trailing garbage are errors,
// and nesting is bounded so that hostile input cannot overflow the stack. After the first
// error failed() is true and every call fails. It never accepts what QJsonDocument refuses.
//
// Usage: peek() says what the next value is; the caller then consumes exactly that value
// with readString(), readNumber(), readLiteral(), skipValue(), readJsonValue() or
// enterObject() / enterArray() followed by nextMember() / nextElement() until they
// return false. finish() checks that nothing but whitespace follows the document.

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonValue>
#include <QString>

#include <bitset>

namespace fjord::json {

class JsonReader
{
public:
    enum class Kind { Invalid, Object, Array, String, Number, True, False, Null };

    static constexpr int kMaxDepth = 256;

    explicit JsonReader(QByteArrayView utf8);

    bool failed() const { return m_failed; }
    int depth() const { return m_depth; }

    // The kind of the next value, after whitespace; Invalid at the end or on a byte that
    // cannot start a value.
    Kind peek();

    // Consume the opening bracket of an object or array.
    bool enterObject();
    bool enterArray();
    // In an object: true with the member's key (UTF-8, escapes decoded; valid until the
    // next call) when another member follows, positioned at its value. False at the
    // closing brace (consumed) and on errors.
    bool nextMember(QByteArrayView* key);
    // In an array: true when another element follows, positioned at it. False at the
    // closing bracket (consumed) and on errors.
    bool nextElement();

    bool readString(QString* out);
    // The number's text exactly as written (for a conversion that must match another parser).
    bool readNumber(QByteArrayView* token);
    // true, false or null.
    bool readLiteral();
    bool skipValue();
    // Any value as Qt's parser would give it. Numbers and objects with non-ASCII keys are
    // handed to QJsonDocument as their byte span, so that number types (integer or double)
    // and key order match it exactly.
    bool readJsonValue(QJsonValue* out);

    // True when only whitespace is left.
    bool finish();

private:
    bool fail();
    // Shared start of nextMember() and nextElement(): false at the closing bracket or on an
    // error, true when an item follows (the separating comma is consumed).
    bool beginItem(bool inObject, char close);
    void skipSpace();
    bool enter(bool object);
    bool scanString(QByteArrayView* utf8, bool* ascii);
    bool scanEscape();
    bool scanUtf8();
    bool buildValue(QJsonValue* out, bool* needsQt);

    const char* m_pos;
    const char* m_end;
    int m_depth = 0;
    bool m_failed = false;
    std::bitset<kMaxDepth + 1> m_inObject; // per depth: object (true) or array
    std::bitset<kMaxDepth + 1> m_hasItems; // per depth: a comma is due before the next item
    QByteArray m_scratch;                  // decoded text of an escaped string
};

} // namespace fjord::json
