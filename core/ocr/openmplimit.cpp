// SPDX-License-Identifier: GPL-3.0-or-later
#include "openmplimit.h"

#include <cstdlib>
#include <unistd.h>

namespace casereview {

namespace OpenMpLimit {
void ensureSingleThreaded(char **argv)
{
    if (std::getenv("OMP_THREAD_LIMIT"))
        return;
    setenv("OMP_THREAD_LIMIT", "1", 1);
    execv("/proc/self/exe", argv);
    // exec failed (no /proc): run on; OCR is slower but correct.
}
} // namespace OpenMpLimit

} // namespace casereview
