//===- Tune.cpp - attc tune: sweep schedules, keep the fastest ------------===//
//
// Candidates come from the target's schedule space (ScheduleSpace.h), so
// nothing the resource model rejects is compiled; they compile in parallel
// (jitMany), are timed on rotating input buffers (warm-up, repeats,
// median), checked against the default schedule's output, and the fastest
// goes to the tuning database that jit() consults.
//
//===----------------------------------------------------------------------===//

#include "CliSupport.h"

#include "attc/Runtime/Toolchain.h"
#include "attc/Tune/TuneDb.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <chrono>
#include <cmath>

#include <unistd.h>

using namespace llvm;
using namespace attc;
using namespace attc::cli;

namespace {
using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point t) {
  return std::chrono::duration<double>(Clock::now() - t).count();
}

std::string label(const ScheduleChoice &c) {
  return formatv("{0}x{1}/h{2}", c.tileQ, c.tileK, c.headsPerTask).str();
}

/// One line per step, or a bar redrawn in place when stderr is a terminal.
class Progress {
public:
  void update(size_t done, size_t total, const std::string &best,
              double secondsLeft) {
    std::string text = formatv("[{0}/{1}] best {2}", done, total, best);
    if (secondsLeft >= 0)
      text += formatv(", {0:f0} s of budget left", secondsLeft).str();
    if (tty) {
      const int width = 20;
      int filled = total ? int(width * done / total) : width;
      errs() << "\r\033[K" << std::string(size_t(filled), '#')
             << std::string(size_t(width - filled), '.') << " " << text;
      if (done == total)
        errs() << "\n";
    } else {
      errs() << "tune: " << text << "\n";
    }
  }

private:
  bool tty = isatty(2);
};

/// The median of `repeats` runs after a warm-up, alternating the input
/// buffers so a small problem does not stay in cache.
Expected<double> timeKernel(const Kernel &kernel,
                            std::vector<std::map<std::string, Tensor>> &inputs,
                            std::map<std::string, Tensor> &outputs,
                            int threads, int repeats) {
  if (Error err = kernel.run(inputs[0], outputs, threads)) // warm-up
    return std::move(err);
  std::vector<double> times;
  for (int i = 0; i < repeats; ++i) {
    auto t0 = Clock::now();
    if (Error err =
            kernel.run(inputs[size_t(i) % inputs.size()], outputs, threads))
      return std::move(err);
    times.push_back(secondsSince(t0) * 1e3);
  }
  std::sort(times.begin(), times.end());
  return times[times.size() / 2];
}

/// max |a - b| / max |b| over two outputs of the same shape.
double relativeDifference(const HostArray &a, const HostArray &b) {
  double maxDiff = 0, maxRef = 0;
  for (int64_t i = 0; i < a.numElements(); ++i) {
    double x = a.get(i), y = b.get(i);
    maxDiff = std::max(maxDiff, std::isnan(x) != std::isnan(y)
                                    ? INFINITY
                                    : std::fabs(x - y));
    maxRef = std::max(maxRef, std::fabs(y));
  }
  return maxDiff / std::max(maxRef, 1e-30);
}

int64_t cacheBytes() {
  long l2 = sysconf(_SC_LEVEL2_CACHE_SIZE);
  return l2 > 0 ? l2 : 512 * 1024;
}

std::string hostName() {
  char name[256] = {};
  gethostname(name, sizeof name - 1);
  return name[0] ? name : "unknown-host";
}

struct Measured {
  ScheduleChoice schedule;
  double ms = -1; ///< -1: not timed (budget) or failed
  std::string note;
};

/// Writes the sweep as CSV and plots it with gnuplot (installed by the
/// setup script); without gnuplot the CSV alone, with a warning.
Error writeReport(const std::string &dir, const std::string &name,
                  const std::vector<Measured> &rows, size_t best,
                  double flops) {
  if (std::error_code ec = sys::fs::create_directories(dir))
    return badInput("--report " + dir + ": cannot create: " + ec.message());
  SmallString<256> csv(dir), png(dir), script(dir);
  sys::path::append(csv, name + ".csv");
  sys::path::append(png, name + ".png");
  sys::path::append(script, name + ".gp");
  std::string text = "schedule,tile_q,tile_k,heads_per_task,median_ms,"
                     "gflops,default,chosen\n";
  for (size_t i = 0; i < rows.size(); ++i) {
    const Measured &m = rows[i];
    if (m.ms < 0)
      continue;
    text += formatv("{0},{1},{2},{3},{4:f4},{5:f2},{6},{7}\n",
                    label(m.schedule), m.schedule.tileQ, m.schedule.tileK,
                    m.schedule.headsPerTask, m.ms, flops / (m.ms * 1e6),
                    i == 0 ? 1 : 0, i == best ? 1 : 0)
                .str();
  }
  std::error_code ec;
  {
    raw_fd_ostream out(csv, ec);
    if (ec)
      return badInput(csv + ": cannot write: " + ec.message());
    out << text;
  }
  auto gnuplot = sys::findProgramByName("gnuplot");
  if (!gnuplot) {
    errs() << "attc: warning: gnuplot not found; wrote " << csv
           << " without the plot (./setup.sh installs gnuplot-nox)\n";
    return Error::success();
  }
  {
    raw_fd_ostream out(script, ec);
    if (ec)
      return badInput(script + ": cannot write: " + ec.message());
    out << "set terminal pngcairo size 1000,500 noenhanced\n"
        << "set output '" << png << "'\n"
        << "set datafile separator ','\n"
        << "set title '" << name << ": GFLOP/s per schedule'\n"
        << "set style fill solid 0.8\nset boxwidth 0.7\n"
        << "set xtics rotate by -45\nset ylabel 'GFLOP/s'\n"
        << "set key top left\n"
        << "plot '" << csv << "' every ::1 using 0:6:xtic(1) with boxes "
        << "lc rgb '#8899aa' title 'candidate', "
        << "'' every ::1 using 0:($7 == 1 ? $6 : 1/0) with boxes "
        << "lc rgb '#dd8833' title 'default', "
        << "'' every ::1 using 0:($8 == 1 ? $6 : 1/0) with boxes "
        << "lc rgb '#33aa55' title 'chosen'\n";
  }
  std::string errors;
  int status = sys::ExecuteAndWait(*gnuplot, {*gnuplot, script.str()});
  if (status != 0)
    return badInput("gnuplot failed on " + script + " (status " +
                    Twine(status) + ")");
  outs() << "  report: " << csv << ", " << png << "\n";
  return Error::success();
}

/// Tunes one spec and shape; records the winner in `db`.
int tuneOne(const CommonOptions &common, const TuneOptions &opts,
            Clock::time_point start, TuneDb &db) {
  if (common.target != "cpu")
    return fail("tune: --target=" + common.target +
                    " needs a device of that kind to time on, and this "
                    "machine has none (only cpu kernels run here)",
                2);
  auto setup = prepare(common);
  if (!setup)
    return failError(setup.takeError());
  // A second set of inputs to rotate through (another seed).
  CommonOptions other = common;
  other.seed = common.seed + 1;
  auto second = prepare(other);
  if (!second)
    return failError(second.takeError());
  const SpecInfo &info = SpecImpl::of(setup->spec).info;
  const TargetSchedule *space = findTargetSchedule("cpu");
  int64_t cache = cacheBytes();
  std::vector<ScheduleChoice> candidates =
      enumerateSchedules(*space, setup->dims.v, cache);
  outs() << formatv("tune {0}: target cpu, {1}, dtype {2}: {3} candidate "
                    "schedules (resource model: {4} KiB per thread)\n",
                    setup->spec.name(), dimsStr(setup->dims),
                    dtypeName(info.dtype), candidates.size(), cache / 1024);
  outs().flush();

  std::vector<JitOptions> jitOptions;
  for (const ScheduleChoice &c : candidates) {
    JitOptions jo;
    jo.tileQ = int(c.tileQ);
    jo.tileK = int(c.tileK);
    jo.headsPerTask = int(c.headsPerTask);
    jo.useTuneDb = false;
    jitOptions.push_back(jo);
  }
  auto compileStart = Clock::now();
  auto compiled = jitMany(setup->spec, Target::cpu(), jitOptions);
  double compileSeconds = secondsSince(compileStart);

  std::vector<std::map<std::string, Tensor>> inputs = {
      views(setup->problem.inputs), views(second->problem.inputs)};
  auto outputs = views(setup->problem.outputs);
  std::vector<Measured> rows(candidates.size());
  HostArray reference;
  size_t best = 0;
  Progress progress;
  for (size_t i = 0; i < candidates.size(); ++i) {
    rows[i].schedule = candidates[i];
    double left = opts.budgetSeconds > 0
                      ? opts.budgetSeconds - secondsSince(start)
                      : -1;
    if (opts.budgetSeconds > 0 && left <= 0 && i > 0) {
      rows[i].note = "not timed (budget)";
      continue;
    }
    if (!compiled[i]) {
      rows[i].note = toString(compiled[i].takeError());
      if (i == 0)
        return fail("tune: the default schedule does not compile: " +
                        rows[i].note,
                    2);
      continue;
    }
    auto ms = timeKernel(*compiled[i], inputs, outputs, common.threads,
                         opts.repeats);
    if (!ms) {
      rows[i].note = toString(ms.takeError());
      if (i == 0)
        return fail("tune: the default schedule does not run: " + rows[i].note,
                    2);
      continue;
    }
    // Every candidate computes what the default does on the first inputs.
    if (Error err = compiled[i]->run(inputs[0], outputs, common.threads))
      return failError(std::move(err));
    const HostArray &o = setup->problem.outputs.at("o");
    double tol = info.dtype == DType::F32 ? 1e-5 : 1e-2;
    if (i == 0) {
      reference = o;
    } else if (double diff = relativeDifference(o, reference); diff > tol) {
      rows[i].note = formatv("output differs from the default's by {0:e2}",
                             diff);
      errs() << "attc: warning: " << label(candidates[i]) << ": "
             << rows[i].note << "; not chosen\n";
      continue;
    }
    rows[i].ms = *ms;
    if (rows[i].ms < rows[best].ms)
      best = i;
    progress.update(i + 1, candidates.size(),
                    formatv("{0} {1:f3} ms", label(rows[best].schedule),
                            rows[best].ms),
                    opts.budgetSeconds > 0
                        ? std::max(0.0, opts.budgetSeconds - secondsSince(start))
                        : -1);
  }
  // Timings on a shared machine wobble by a few percent: another schedule
  // replaces the default only when it beats it by more than that.
  const double kMargin = 0.97;
  if (best != 0 && rows[best].ms > kMargin * rows[0].ms)
    best = 0;
  size_t timed = size_t(llvm::count_if(rows, [](const Measured &m) {
    return m.ms >= 0;
  }));
  if (timed < candidates.size())
    errs() << "attc: warning: " << candidates.size() - timed << " of "
           << candidates.size() << " candidates not measured (budget or "
           << "errors)\n";

  // The chosen schedule against the float64 reference, on a small shape
  // with lengths no tile divides (the lengths the spec leaves open).
  CommonOptions small = common;
  small.dims.clear();
  for (const std::string &flag : common.dims) {
    StringRef name = StringRef(flag).split('=').first;
    if (name != "B" && name != "Lq" && name != "Lk")
      small.dims.push_back(flag);
  }
  for (auto [dim, size] : {std::pair{kB, "1"}, {kLq, "67"}, {kLk, "131"}})
    if (info.dims[dim] < 0)
      small.dims.push_back(std::string(kDimNames[dim]) + "=" + size);
  small.tileQ = int(rows[best].schedule.tileQ);
  small.tileK = int(rows[best].schedule.tileK);
  small.headsPerTask = int(rows[best].schedule.headsPerTask);
  small.noTuneDb = true;
  if (int status = checkCommand(small))
    return fail("tune: the chosen schedule " + label(rows[best].schedule) +
                    " fails the float64 check; nothing recorded",
                status);

  TuneKey key{specHash(setup->spec.str()), "cpu", deviceName("cpu"),
              shapeBucket(setup->dims.v, dtypeName(info.dtype))};
  TuneEntry entry{rows[best].schedule, rows[best].ms, rows[0].ms, hostName()};
  db.record(key, entry);
  outs() << formatv("  default {0}: {1:f3} ms; chosen {2}: {3:f3} ms "
                    "({4:f2}x); compile {5:f1} s, total {6:f1} s\n",
                    label(rows[0].schedule), rows[0].ms,
                    label(rows[best].schedule), rows[best].ms,
                    rows[0].ms / rows[best].ms, compileSeconds,
                    secondsSince(start));

  if (!opts.report.empty()) {
    auto kept = compiled[0]->countKept(inputs[0]);
    if (!kept)
      return failError(kept.takeError());
    double flops = double(*kept) * 2.0 * double(setup->dims.v[kD] +
                                                setup->dims.v[kDv]);
    std::string name = setup->spec.name() + "-" + std::to_string(
                                                      setup->dims.v[kLq]);
    if (Error err = writeReport(opts.report, name, rows, best, flops))
      return failError(std::move(err));
  }
  return 0;
}

std::string dbPath(const CommonOptions &common) {
  return common.tuneDb.empty()
             ? tuneDbPath(cacheDirectory(""), deviceName("cpu"))
             : common.tuneDb;
}

int save(const TuneDb &db, const std::string &path) {
  if (Error err = db.save(path))
    return failError(std::move(err));
  outs() << "  tuning database: " << path << " (" << db.rows.size()
         << " entries written or kept)\n";
  return 0;
}

int showDb(const std::string &path) {
  std::string warning;
  TuneDb db = TuneDb::load(path, warning);
  if (!warning.empty())
    errs() << "attc: warning: " << warning << "\n";
  outs() << "tuning database " << path << ": " << db.rows.size()
         << " entries\n";
  outs() << formatv("  {0,-14} {1,-6} {2,-48} {3,-14} {4,10} {5,10}  {6}\n",
                    "spec", "target", "shape bucket", "schedule", "ms",
                    "default", "measured on");
  for (const auto &[k, row] : db.rows)
    outs() << formatv("  {0,-14} {1,-6} {2,-48} {3,-14} {4,10:f3} {5,10:f3}  "
                      "{6}\n",
                      row.key.spec.substr(0, 12), row.key.target,
                      row.key.bucket, label(row.entry.schedule), row.entry.ms,
                      row.entry.defaultMs, row.entry.host);
  return 0;
}

int mergeDbs(const TuneOptions &opts) {
  TuneDb merged;
  for (const std::string &path : opts.merge) {
    if (!sys::fs::exists(path))
      return fail("--merge " + path + ": no such file", 2);
    std::string warning;
    TuneDb db = TuneDb::load(path, warning);
    if (!warning.empty())
      return fail("--merge " + warning, 2);
    merged.merge(db);
  }
  return save(merged, dbPath(opts.common));
}

/// A sweep file: {"runs": [{"spec": PATH, "dims": {"Lq": N, ...},
/// "dtype": "f32", "target": "cpu"}, ...]}; spec paths relative to the file.
int runSweep(const TuneOptions &opts, Clock::time_point start) {
  auto buffer = MemoryBuffer::getFile(opts.sweep);
  if (!buffer)
    return fail(opts.sweep + ": cannot read: " + buffer.getError().message(),
                2);
  Expected<json::Value> value = json::parse((*buffer)->getBuffer());
  if (!value)
    return fail(opts.sweep + ": not JSON: " + toString(value.takeError()), 2);
  const json::Object *top = value->getAsObject();
  const json::Array *runs = top ? top->getArray("runs") : nullptr;
  if (!runs)
    return fail(opts.sweep + ": key 'runs': expected an array of runs", 2);
  SmallString<256> base(opts.sweep);
  sys::path::remove_filename(base);
  TuneDb db;
  size_t mine = 0;
  for (size_t i = 0; i < runs->size(); ++i) {
    std::string key = "runs[" + std::to_string(i) + "]";
    const json::Object *run = (*runs)[i].getAsObject();
    std::optional<StringRef> spec = run ? run->getString("spec") : std::nullopt;
    if (!spec)
      return fail(opts.sweep + ": key '" + key + ".spec': expected a path", 2);
    CommonOptions common = opts.common;
    SmallString<256> path(*spec);
    if (!sys::path::is_absolute(path)) {
      path = base;
      sys::path::append(path, *spec);
    }
    common.spec = std::string(path);
    if (auto dtype = run->getString("dtype"))
      common.dtype = dtype->str();
    if (auto target = run->getString("target"))
      common.target = target->str();
    if (const json::Object *dims = run->getObject("dims"))
      for (const auto &[name, size] : *dims) {
        std::optional<int64_t> n = size.getAsInteger();
        if (!n)
          return fail(opts.sweep + ": key '" + key + ".dims." + name.str() +
                          "': expected an integer",
                      2);
        common.dims.push_back(name.str() + "=" + std::to_string(*n));
      }
    // A deterministic slice: run i belongs to shard i mod N.
    if (int(i % size_t(opts.shards)) != opts.shard)
      continue;
    ++mine;
    if (int status = tuneOne(common, opts, start, db))
      return status;
  }
  outs() << formatv("sweep {0}: shard {1}/{2} ran {3} of {4} runs\n",
                    opts.sweep, opts.shard, opts.shards, mine, runs->size());
  return save(db, dbPath(opts.common));
}
} // namespace

int attc::tuneCommand(const TuneOptions &opts) {
  auto start = Clock::now();
  if (opts.show)
    return showDb(dbPath(opts.common));
  if (!opts.merge.empty())
    return mergeDbs(opts);
  if (opts.shards < 1 || opts.shard < 0 || opts.shard >= opts.shards)
    return fail("--shard: expected I/N with 0 <= I < N", 2);
  if (!opts.sweep.empty())
    return runSweep(opts, start);
  if (opts.common.spec.empty())
    return fail("tune: expected a SPEC, --sweep FILE, --merge DB... or --show",
                2);
  TuneDb db;
  if (int status = tuneOne(opts.common, opts, start, db))
    return status;
  return save(db, dbPath(opts.common));
}
