// SHA-256 through OpenSSL's libcrypto: audited, and uses the CPU's SHA instructions where
// there are any (see docs/batch.md for why it is not written by hand).
#include "batch/sha256.h"

#include <openssl/evp.h>

#include <array>
#include <stdexcept>

namespace archtei::batch {

std::string sha256_hex(std::string_view bytes) {
  std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
  unsigned int length = 0;
  if (EVP_Digest(bytes.data(), bytes.size(), digest.data(), &length, EVP_sha256(), nullptr) != 1)
    throw std::runtime_error("SHA-256 computation failed");
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(2 * length);
  for (unsigned int i = 0; i < length; ++i) {
    out += kHex[digest[i] >> 4];
    out += kHex[digest[i] & 0xF];
  }
  return out;
}

}  // namespace archtei::batch
