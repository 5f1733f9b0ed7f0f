#pragma once
// Temporary files that must not outlive an interrupted run. Ctrl-C (SIGINT),
// SIGTERM (a CI job cancelled, `timeout`) or SIGHUP (the terminal closed)
// while one exists removes it, then ends the process by the same signal, so
// the exit status is the one a shell or CI expects. SIGKILL cannot be
// caught: a temporary file may then remain, the target itself is intact.
//
// Each call blocks those signals while it changes the registry, so a signal
// never finds a file created but not yet registered, or renamed but still
// registered (its name could by then belong to another run's file).
namespace plan {

// Creates a file from `name_template` (ending in XXXXXX, filled in place, as
// mkstemp does) and registers it. Returns the descriptor, or -1 with errno.
int create_registered_temp(char* name_template);

// Renames the registered file `temp` to `target` and forgets it; on failure
// it stays registered. Returns rename's result, with errno.
int rename_registered_temp(const char* temp, const char* target);

// Removes the registered file `temp` and forgets it.
void remove_registered_temp(const char* temp);

}  // namespace plan
