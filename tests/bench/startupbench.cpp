// Measures start-up: runs the bare window, `nhs-explorer --screenshot` and the first frame of the
// England, April 2013 layer's aggregated view (`--layer england-2013 --screenshot`, with its
// layout in the layout cache, and with an empty cache each run) in turn, N times each, and prints
// median wall time and peak memory (max RSS) with their ratios to the bare window.
// Usage: nhsx-startup-bench BARE_WINDOW NHS_EXPLORER [RUNS]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
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

/** A command, and the cache folder it runs with (empty: the user's own). */
struct Run
{
    std::vector<std::string> command;
    std::string cacheHome;
};

Sample runOnce(const Run &run)
{
    const std::vector<std::string> &command = run.command;
    std::vector<char *> argv;
    for (const std::string &arg : command)
        argv.push_back(const_cast<char *>(arg.c_str()));
    argv.push_back(nullptr);
    const auto start = std::chrono::steady_clock::now();
    const pid_t pid = fork();
    if (pid == 0) {
        setenv("QT_QPA_PLATFORM", "offscreen", 0);
        if (!run.cacheHome.empty())
            setenv("XDG_CACHE_HOME", run.cacheHome.c_str(), 1);
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
    const Run bare{{argv[1], "/tmp/nhsx-bench-bare.png", "1280x800"}, {}};
    const Run explorer{
        {argv[2], "--screenshot", "/tmp/nhsx-bench-explorer.png", "--size", "1280x800"}, {}};
    // Its own cache folder, so the user's cache neither helps nor changes.
    char cachedHome[] = "/tmp/nhsx-bench-cache-XXXXXX";
    if (!mkdtemp(cachedHome)) {
        std::perror("mkdtemp");
        return 1;
    }
    const std::vector<std::string> england{
        argv[2],  "--layer", "england-2013", "--screenshot", "/tmp/nhsx-bench-england.png",
        "--size", "1280x800"};
    const Run englandCached{england, cachedHome};
    runOnce(bare); // warm the file cache for all, and the layout cache for the cached run
    runOnce(explorer);
    runOnce(englandCached);
    std::vector<Sample> bareRuns, explorerRuns, cachedRuns, coldRuns;
    for (int i = 0; i < runs; ++i) {
        char coldHome[] = "/tmp/nhsx-bench-cold-XXXXXX";
        if (!mkdtemp(coldHome)) {
            std::perror("mkdtemp");
            return 1;
        }
        bareRuns.push_back(runOnce(bare));
        explorerRuns.push_back(runOnce(explorer));
        cachedRuns.push_back(runOnce(englandCached));
        coldRuns.push_back(runOnce({england, coldHome}));
        std::filesystem::remove_all(coldHome);
    }
    std::filesystem::remove_all(cachedHome);
    const auto times = [](const std::vector<Sample> &samples) {
        std::vector<double> values;
        for (const Sample &sample : samples)
            values.push_back(sample.seconds * 1000);
        return median(values);
    };
    const auto memory = [](const std::vector<Sample> &samples) {
        std::vector<long> values;
        for (const Sample &sample : samples)
            values.push_back(sample.maxRssKiB);
        return median(values);
    };
    const double bt = times(bareRuns);
    const long bm = memory(bareRuns);
    std::printf("runs: %d each, in turn, offscreen, 1280x800; medians, ratios to the bare window\n",
                runs);
    std::printf("bare Qt window               : %7.1f ms  %7ld KiB peak RSS\n", bt, bm);
    const std::pair<const char *, const std::vector<Sample> *> rows[] = {
        {"nhs-explorer (national)     ", &explorerRuns},
        {"England 2013, layout cached ", &cachedRuns},
        {"England 2013, empty cache   ", &coldRuns}};
    for (const auto &[name, samples] : rows) {
        const double t = times(*samples);
        const long m = memory(*samples);
        std::printf("%s : %7.1f ms  %7ld KiB peak RSS  %5.2fx time  %5.2fx memory\n", name, t, m,
                    t / bt, double(m) / double(bm));
    }
    std::printf("limits: 1.50x time and memory at start-up (issue 4); the first frame of the "
                "aggregated view 1.50x time (issue 8)\n");
    return 0;
}
