#include "api/AnswerText.h"

#include <lz4.h>

#include <algorithm>
#include <cstring>

namespace fjord {

struct AnswerText::Data
{
    bool packed = false;
    QByteArray plain; // the whole text, when not packed
    // Packed: text[0, from) in head, [from, to) in blocks, [to, size) in tail.
    QByteArray head;
    std::vector<Block> blocks;
    QByteArray tail;
    qsizetype from = 0;
    qsizetype to = 0;
    qsizetype size = 0;

    // The block that holds byte `offset` of [from, to).
    qsizetype blockAt(qsizetype offset) const
    {
        const auto after =
            std::upper_bound(blocks.begin(), blocks.end(), offset,
                             [](qsizetype at, const Block& block) { return at < block.offset; });
        return qsizetype(after - blocks.begin()) - 1;
    }
};

namespace {

bool unpackBlock(const AnswerText::Block& block, char* out)
{
    return LZ4_decompress_safe(block.packed.constData(), out, int(block.packed.size()),
                               int(block.size)) == int(block.size);
}

} // namespace

AnswerText::AnswerText(QByteArray plain)
{
    auto data = std::make_shared<Data>();
    data->size = plain.size();
    data->plain = std::move(plain);
    d = std::move(data);
}

AnswerText AnswerText::withBlocks(const char* text, qsizetype size, qsizetype from, qsizetype to,
                                  std::vector<Block> blocks)
{
    auto data = std::make_shared<Data>();
    data->packed = true;
    data->head = QByteArray(text, from);
    data->tail = QByteArray(text + to, size - to);
    data->blocks = std::move(blocks);
    data->from = from;
    data->to = to;
    data->size = size;
    AnswerText out;
    out.d = std::move(data);
    return out;
}

bool AnswerText::pack(const char* text, qsizetype from, qsizetype to, std::vector<Block>* out)
{
    // Each block is packed here, then copied at its packed size: a QByteArray of the bound
    // truncated would keep the bound's room.
    static thread_local std::vector<char> scratch(
        static_cast<std::size_t>(LZ4_compressBound(int(kBlockSize))));
    for (qsizetype at = from; at < to; at += kBlockSize) {
        const int size = int(std::min(kBlockSize, to - at));
        const int packed =
            LZ4_compress_default(text + at, scratch.data(), size, int(scratch.size()));
        if (packed <= 0)
            return false;
        out->push_back(Block{at, size, QByteArray(scratch.data(), packed)});
    }
    return true;
}

bool AnswerText::unpack(const std::vector<Block>& blocks, char* text)
{
    for (const Block& block : blocks) {
        if (!unpackBlock(block, text + block.offset))
            return false;
    }
    return true;
}

qsizetype AnswerText::size() const
{
    return d ? d->size : 0;
}

bool AnswerText::isPacked() const
{
    return d && d->packed;
}

qsizetype AnswerText::heldBytes() const
{
    if (!d)
        return 0;
    if (!d->packed)
        return d->plain.size();
    qsizetype held = d->head.size() + d->tail.size();
    for (const Block& block : d->blocks)
        held += block.packed.size() + qsizetype(sizeof(Block));
    return held;
}

QByteArray AnswerText::whole() const
{
    if (!d)
        return {};
    if (!d->packed)
        return d->plain;
    QByteArray out(d->size, Qt::Uninitialized);
    std::memcpy(out.data(), d->head.constData(), std::size_t(d->head.size()));
    if (!unpack(d->blocks, out.data()))
        return {}; // not reached: the blocks were packed here
    std::memcpy(out.data() + d->to, d->tail.constData(), std::size_t(d->tail.size()));
    return out;
}

AnswerText::Reader::Reader(const AnswerText& text)
    : m_text(text)
{
}

QByteArrayView AnswerText::Reader::read(qsizetype offset, qsizetype length)
{
    const Data* data = m_text.d.get();
    if (!data || offset < 0 || length < 0 || offset > data->size || length > data->size - offset)
        return {};
    if (!data->packed)
        return QByteArrayView(data->plain).sliced(offset, length);
    const qsizetype end = offset + length;
    if (end <= data->from)
        return QByteArrayView(data->head).sliced(offset, length);
    if (offset >= data->to)
        return QByteArrayView(data->tail).sliced(offset - data->to, length);

    // From the head, the blocks and the tail, a piece of each as the part needs.
    const auto unpacked = [this, data](qsizetype index) -> const QByteArray* {
        if (index != m_blockIndex) {
            const Block& block = data->blocks[std::size_t(index)];
            m_unpacked.resize(block.size);
            if (!unpackBlock(block, m_unpacked.data())) {
                m_blockIndex = -1;
                return nullptr;
            }
            m_blockIndex = index;
        }
        return &m_unpacked;
    };
    const qsizetype first = offset >= data->from ? data->blockAt(offset) : 0;
    if (offset >= data->from && first >= 0 && first < qsizetype(data->blocks.size())) {
        const Block& block = data->blocks[std::size_t(first)];
        if (end <= block.offset + block.size) {
            const QByteArray* bytes = unpacked(first);
            if (!bytes)
                return {};
            return QByteArrayView(*bytes).sliced(offset - block.offset, length);
        }
    }
    m_joined.clear();
    m_joined.reserve(length);
    if (offset < data->from)
        m_joined.append(data->head.constData() + offset, data->from - offset);
    for (qsizetype index = std::max<qsizetype>(first, 0); index < qsizetype(data->blocks.size());
         ++index) {
        const Block& block = data->blocks[std::size_t(index)];
        if (block.offset >= end)
            break;
        const QByteArray* bytes = unpacked(index);
        if (!bytes)
            return {};
        const qsizetype at = std::max(offset, block.offset);
        const qsizetype until = std::min(end, block.offset + block.size);
        m_joined.append(bytes->constData() + (at - block.offset), until - at);
    }
    if (end > data->to)
        m_joined.append(data->tail.constData(), end - data->to);
    return QByteArrayView(m_joined);
}

} // namespace fjord
