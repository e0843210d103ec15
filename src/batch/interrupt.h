// Turns SIGINT and SIGTERM into a stop flag the batch runner polls, so an interrupted run
// finishes the files in hand, removes its temporary files and leaves only complete outputs.
#pragma once

#include <atomic>

namespace archtei::batch {

/// Installs handlers for SIGINT and SIGTERM that raise stop_flag(). Each handler is
/// one-shot: a second Ctrl-C kills the process at once.
void install_interrupt_handlers();

/// Raised by the handlers (or by request_stop); run_batch polls it by default.
const std::atomic<bool>& stop_flag();

/// The signal that raised stop_flag(), or 0.
int stop_signal();

/// Raises stop_flag() as if SIGINT had arrived (for tests and for embedding).
void request_stop();

/// When a signal stopped the run: restores its default action and raises it again, so the
/// parent sees the process die of that signal (a shell reports 130 for Ctrl-C). Call it
/// after everything is cleaned up and flushed. Returns when no signal stopped the run.
void reraise_stop_signal();

}  // namespace archtei::batch
