// SIGINT/SIGTERM handling: the handler only stores to lock-free atomics, which is all a
// signal handler may safely do; the runner polls the flag.
#include "batch/interrupt.h"

#include <csignal>

namespace archtei::batch {

namespace {

std::atomic<bool> g_stop{false};
std::atomic<int> g_signal{0};
static_assert(std::atomic<bool>::is_always_lock_free && std::atomic<int>::is_always_lock_free);

extern "C" void on_stop_signal(int signal_number) {
  int expected = 0;
  g_signal.compare_exchange_strong(expected, signal_number);
  g_stop.store(true);
}

}  // namespace

void install_interrupt_handlers() {
  struct sigaction action {};
  action.sa_handler = on_stop_signal;
  sigemptyset(&action.sa_mask);
  // One-shot, so that a second Ctrl-C ends a run that is slow to stop.
  action.sa_flags = SA_RESETHAND;
  sigaction(SIGINT, &action, nullptr);
  sigaction(SIGTERM, &action, nullptr);
}

const std::atomic<bool>& stop_flag() { return g_stop; }

int stop_signal() { return g_signal.load(); }

void request_stop() { on_stop_signal(SIGINT); }

void reraise_stop_signal() {
  int signal_number = g_signal.load();
  if (signal_number == 0) return;
  std::signal(signal_number, SIG_DFL);
  std::raise(signal_number);
}

}  // namespace archtei::batch
