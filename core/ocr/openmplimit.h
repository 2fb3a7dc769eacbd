// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace casereview {

// Tesseract runs OpenMP teams inside each recognition; with one OCR worker per core on top,
// that oversubscribes the CPU (2.7× slower measured on 2 cores). The OpenMP runtime reads
// OMP_THREAD_LIMIT only when it loads, so a program sets it and restarts itself once.
namespace OpenMpLimit {
// Call first thing in main(). Returns only if the limit is already in force (or exec failed).
void ensureSingleThreaded(char **argv);
}

} // namespace casereview
