// timeit RUNS COMMAND [ARGS...]: runs a command RUNS times (after one warm-up
// run), its output thrown away, and prints one line:
//   <median wall s> <median cpu s> <peak rss KiB> <exit status of the last run>
// CPU is user + system time of the command and its children (wait4); peak RSS
// is the largest over all runs. No shell is involved: argv goes to execvp.
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace {

double seconds(const timeval& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; }

double now() {
    timespec t{};
    clock_gettime(CLOCK_MONOTONIC, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) / 1e9;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    std::size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 3 || std::atoi(argv[1]) < 1) {
        std::fprintf(stderr, "usage: timeit RUNS COMMAND [ARGS...]\n");
        return 2;
    }
    int runs = std::atoi(argv[1]);
    std::vector<double> wall, cpu;
    long peak = 0;
    int status = 0;
    for (int i = 0; i <= runs; ++i) {
        double start = now();
        pid_t pid = fork();
        if (pid < 0) return 3;
        if (pid == 0) {
            int null = open("/dev/null", O_WRONLY);
            dup2(null, 1);
            dup2(null, 2);
            execvp(argv[2], argv + 2);
            _exit(127);
        }
        int st = 0;
        rusage ru{};
        if (wait4(pid, &st, 0, &ru) < 0) return 3;
        double elapsed = now() - start;
        status = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
        if (i == 0) continue;  // warm-up: page cache, dynamic loader
        wall.push_back(elapsed);
        cpu.push_back(seconds(ru.ru_utime) + seconds(ru.ru_stime));
        peak = std::max(peak, ru.ru_maxrss);
    }
    std::printf("%.4f %.4f %ld %d\n", median(wall), median(cpu), peak, status);
    return 0;
}
