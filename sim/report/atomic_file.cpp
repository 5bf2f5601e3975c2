#include "ccsim/report/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <stdexcept>
#include <vector>

namespace ccsim {

void write_file_atomically(const std::string& path, const std::string& content) {
  std::vector<char> tmp(path.begin(), path.end());
  const std::string suffix = ".tmp-XXXXXX";
  tmp.insert(tmp.end(), suffix.begin(), suffix.end());
  tmp.push_back('\0');
  const int fd = ::mkstemp(tmp.data());
  if (fd < 0) throw std::runtime_error(path + ": cannot write (" + std::strerror(errno) + ")");
  const char* p = content.data();
  std::size_t left = content.size();
  bool ok = true;
  while (ok && left > 0) {
    const ssize_t n = ::write(fd, p, left);
    if (n < 0 && errno == EINTR) continue;
    ok = n > 0;
    if (ok) {
      p += n;
      left -= static_cast<std::size_t>(n);
    }
  }
  const int saved = errno;
  ok = ok && ::fsync(fd) == 0;
  ok = (::fchmod(fd, 0644) == 0) && ok;
  ok = (::close(fd) == 0) && ok;
  if (!ok || std::rename(tmp.data(), path.c_str()) != 0) {
    const std::string why = std::strerror(ok ? errno : saved);
    std::remove(tmp.data());
    throw std::runtime_error(path + ": cannot write (" + why + ")");
  }
}

void write_optional_file(const std::string& path, const std::string& content) {
  if (!content.empty()) return write_file_atomically(path, content);
  std::error_code ec;
  std::filesystem::remove(path, ec);
  if (ec) throw std::runtime_error(path + ": cannot remove the stale file of an earlier run (" + ec.message() + ")");
}

}  // namespace ccsim
