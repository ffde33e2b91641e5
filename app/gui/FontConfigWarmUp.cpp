#include "FontConfigWarmUp.h"

#ifdef FJORD_HAVE_FONTCONFIG
#include <fontconfig/fontconfig.h>
#endif

namespace fjord {

FontConfigWarmUp::FontConfigWarmUp()
{
#ifdef FJORD_HAVE_FONTCONFIG
    m_thread = std::thread([] { FcInit(); });
#endif
}

FontConfigWarmUp::~FontConfigWarmUp()
{
    finish();
}

void FontConfigWarmUp::finish()
{
    if (m_thread.joinable())
        m_thread.join();
}

} // namespace fjord
