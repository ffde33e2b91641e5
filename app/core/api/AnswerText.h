#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <memory>
#include <vector>

namespace fjord {

// The text of an answer, kept after it was read for the parts that are read again later (a
// project's fields when it is opened or exported). Either as it came, or, for a large project
// list read while it arrived, packed with LZ4 in blocks of at most kBlockSize bytes: about a
// quarter of the size (26 MB for 100,000 projects), and a block is unpacked in about 20
// microseconds. Copies share the text.
class AnswerText
{
public:
    static constexpr qsizetype kBlockSize = 64 * 1024;

    // One packed piece: the bytes [offset, offset + size) of the text.
    struct Block
    {
        qsizetype offset = 0;
        qsizetype size = 0;
        QByteArray packed;
    };

    AnswerText() = default;
    AnswerText(QByteArray plain); // NOLINT(google-explicit-constructor): a text is its bytes

    // `text[0, size)` with [from, to) packed as it is when `blocks` were made by pack().
    static AnswerText withBlocks(const char* text, qsizetype size, qsizetype from, qsizetype to,
                                 std::vector<Block> blocks);
    // The bytes [from, to) of `text` in blocks, appended to `out`; false if LZ4 failed.
    static bool pack(const char* text, qsizetype from, qsizetype to, std::vector<Block>* out);
    // Writes the bytes of `blocks` back into `text`, where they came from.
    static bool unpack(const std::vector<Block>& blocks, char* text);

    qsizetype size() const;
    bool isEmpty() const { return size() == 0; }
    bool isPacked() const;
    qsizetype heldBytes() const; // what it keeps in memory
    QByteArray whole() const;    // as it came

    // Reads parts of one text, keeping the last block it unpacked: parts read in order unpack
    // each block once. Not for use by two threads at once; the text must outlive it.
    class Reader
    {
    public:
        explicit Reader(const AnswerText& text);
        // The bytes [offset, offset + length), valid until the next call; empty outside the
        // text.
        QByteArrayView read(qsizetype offset, qsizetype length);

    private:
        const AnswerText& m_text;
        qsizetype m_blockIndex = -1; // the block in m_unpacked
        QByteArray m_unpacked;
        QByteArray m_joined; // a part that spans blocks
    };

private:
    struct Data;
    std::shared_ptr<const Data> d;
};

} // namespace fjord
