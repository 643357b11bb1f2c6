#pragma once

#include <QStringList>

namespace profrost::cli {

// Exit codes of profrost-cli.
enum ExitCode { Success = 0, Failure = 1, BadInput = 2 };

// Runs `profrost-cli <command> ...` (arguments include the program name).
int run(const QStringList &arguments);

} // namespace profrost::cli
