#include "TestSupport.h"

#include <QtGlobal>

namespace fjord::test {

QString sourceDir()
{
    return qEnvironmentVariable("FJORD_SOURCE_DIR");
}

} // namespace fjord::test
