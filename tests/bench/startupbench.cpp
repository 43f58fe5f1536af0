// Measures start-up: runs the bare window and `nhs-explorer --screenshot` alternately, N times
// each, and prints median wall time and peak memory (max RSS) with their ratios.
// Usage: nhsx-startup-bench BARE_WINDOW NHS_EXPLORER [RUNS]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace {

struct Sample
{
    double seconds = 0;
    long maxRssKiB = 0;
};

Sample runOnce(const std::vector<std::string> &command)
{
    std::vector<char *> argv;
    for (const std::string &arg : command)
        argv.push_back(const_cast<char *>(arg.c_str()));
    argv.push_back(nullptr);
    const auto start = std::chrono::steady_clock::now();
    const pid_t pid = fork();
    if (pid == 0) {
        setenv("QT_QPA_PLATFORM", "offscreen", 0);
        execv(argv[0], argv.data());
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        std::fprintf(stderr, "%s failed (status %d)\n", argv[0], status);
        std::exit(1);
    }
    return {elapsed.count(), usage.ru_maxrss};
}

template <typename T> T median(std::vector<T> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc < 3) {
        std::fputs("usage: nhsx-startup-bench BARE_WINDOW NHS_EXPLORER [RUNS]\n", stderr);
        return 2;
    }
    const int runs = argc > 3 ? std::max(1, std::atoi(argv[3])) : 15;
    const std::vector<std::string> bare{argv[1], "/tmp/nhsx-bench-bare.png", "1280x800"};
    const std::vector<std::string> explorer{argv[2], "--screenshot", "/tmp/nhsx-bench-explorer.png",
                                            "--size", "1280x800"};
    runOnce(bare); // warm the file cache for both before measuring
    runOnce(explorer);
    std::vector<double> bareTimes, explorerTimes;
    std::vector<long> bareRss, explorerRss;
    for (int i = 0; i < runs; ++i) {
        const Sample b = runOnce(bare);
        const Sample e = runOnce(explorer);
        bareTimes.push_back(b.seconds);
        bareRss.push_back(b.maxRssKiB);
        explorerTimes.push_back(e.seconds);
        explorerRss.push_back(e.maxRssKiB);
    }
    const double bt = median(bareTimes), et = median(explorerTimes);
    const long bm = median(bareRss), em = median(explorerRss);
    std::printf("runs: %d each, alternating, offscreen, 1280x800\n", runs);
    std::printf("bare Qt window  : %7.1f ms  %7ld KiB peak RSS (medians)\n", bt * 1000, bm);
    std::printf("nhs-explorer    : %7.1f ms  %7ld KiB peak RSS (medians)\n", et * 1000, em);
    std::printf("ratio           : %7.2fx time  %5.2fx memory (limit 1.50x each)\n", et / bt,
                double(em) / double(bm));
    return 0;
}
