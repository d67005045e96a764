//===- TuneDbTest.cpp - the tuning database and the schedule space --------===//

#include "attc/Transforms/ScheduleSpace.h"
#include "attc/Tune/TuneDb.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <string>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace attc;

namespace {

std::string tempDir() {
  char pattern[] = "/tmp/attc-tunedb-XXXXXX";
  return mkdtemp(pattern);
}

TuneKey key(int spec, int64_t lq) {
  const int64_t dims[7] = {1, 8, 8, lq, lq, 64, 64};
  return {specHash("spec " + std::to_string(spec)), "cpu", "test-cpu (avx2)",
          shapeBucket(dims, "f32")};
}

TuneEntry entry(int64_t tq, int64_t tk, double ms) {
  return {{tq, tk, 1, 1}, ms, 2 * ms, "host"};
}

TEST(TuneDb, RoundTrip) {
  std::string dir = tempDir(), path = dir + "/db.json", warning;
  TuneDb db;
  db.record(key(1, 4096), entry(32, 128, 3.5));
  db.record(key(2, 100), entry(16, 64, 0.25));
  ASSERT_FALSE(bool(db.save(path)));
  TuneDb back = TuneDb::load(path, warning);
  EXPECT_EQ(warning, "");
  ASSERT_EQ(back.rows.size(), 2u);
  const TuneEntry *e = back.find(key(1, 4096));
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->schedule, (ScheduleChoice{32, 128, 1, 1}));
  EXPECT_DOUBLE_EQ(e->ms, 3.5);
  EXPECT_DOUBLE_EQ(e->defaultMs, 7.0);
  struct stat st;
  ASSERT_EQ(stat(path.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0600u);
}

TEST(TuneDb, HopperWarpgroupsRoundTrip) {
  std::string dir = tempDir(), path = dir + "/db.json", warning;
  TuneDb db;
  db.record(key(1, 4096), {{128, 128, 1, 1, 2}, 1.0, 2.0, "host"});
  ASSERT_FALSE(bool(db.save(path)));
  TuneDb back = TuneDb::load(path, warning);
  EXPECT_EQ(warning, "");
  const TuneEntry *e = back.find(key(1, 4096));
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->schedule, (ScheduleChoice{128, 128, 1, 1, 2}));
  // A database from before the Hopper path lacks the field: mma.sync.
  std::ofstream(path) << R"({"attc_tune_db": 1, "entries": [{"spec": "s", )"
                      << R"("target": "cuda", "device": "cuda", "bucket": )"
                      << R"("b", "tile_q": 64, "tile_k": 64, "kv_splits": 1, )"
                      << R"("heads_per_task": 1, "ms": 1, "default_ms": 2, )"
                      << R"("host": "h"}]})";
  back = TuneDb::load(path, warning);
  EXPECT_EQ(warning, "");
  ASSERT_EQ(back.rows.size(), 1u);
  EXPECT_EQ(back.rows.begin()->second.entry.schedule,
            (ScheduleChoice{64, 64, 1, 1, 0}));
}

TEST(TuneDb, BucketsRoundLengthsAndKeysFollowTheSpec) {
  // 3000 and 4096 share a bucket; 5000 does not; an edited spec is a new
  // key.
  EXPECT_EQ(key(1, 3000).str(), key(1, 4096).str());
  EXPECT_NE(key(1, 5000).str(), key(1, 4096).str());
  EXPECT_NE(key(1, 4096).str(), key(2, 4096).str());
  EXPECT_EQ(specHash("a").size(), 64u);
}

TEST(TuneDb, MergeKeepsTheFastest) {
  TuneDb a, b;
  a.record(key(1, 64), entry(64, 64, 2.0));
  b.record(key(1, 64), entry(32, 32, 1.0));
  b.record(key(2, 64), entry(16, 16, 5.0));
  a.merge(b);
  EXPECT_EQ(a.rows.size(), 2u);
  EXPECT_EQ(a.find(key(1, 64))->schedule.tileQ, 32);
  EXPECT_FALSE(a.record(key(1, 64), entry(128, 128, 1.5)));
}

// Shards of a sweep merged give the choices of one unsharded run: the
// timings are injected, so the result is deterministic.
TEST(TuneDb, ShardedSweepMergesToTheUnshardedResult) {
  auto timing = [](int spec, int64_t lq, int64_t tq, int64_t tk) {
    return 1.0 + 0.01 * double((spec * 7 + lq / 64 + tq * 3 + tk) % 17);
  };
  const int64_t tiles[] = {16, 32, 64, 128};
  TuneDb whole, shards[4];
  int run = 0;
  for (int spec = 0; spec < 6; ++spec)
    for (int64_t lq : {256, 4096}) {
      for (int64_t tq : tiles)
        for (int64_t tk : tiles) {
          TuneEntry e = entry(tq, tk, timing(spec, lq, tq, tk));
          whole.record(key(spec, lq), e);
          shards[run % 4].record(key(spec, lq), e);
        }
      ++run;
    }
  std::string dir = tempDir();
  TuneDb merged;
  for (int i = 0; i < 4; ++i) {
    std::string path = dir + "/shard" + std::to_string(i) + ".json", warning;
    ASSERT_FALSE(bool(shards[i].save(path)));
    merged.merge(TuneDb::load(path, warning));
    EXPECT_EQ(warning, "");
  }
  ASSERT_EQ(merged.rows.size(), whole.rows.size());
  for (const auto &[k, row] : whole.rows)
    EXPECT_EQ(merged.rows.at(k).entry.schedule, row.entry.schedule) << k;
}

TEST(TuneDb, CorruptedAndUntrustedFilesAreIgnoredWithAWarning) {
  std::string dir = tempDir(), path = dir + "/db.json", warning;
  EXPECT_TRUE(TuneDb::load(dir + "/missing.json", warning).rows.empty());
  EXPECT_EQ(warning, "");
  for (const char *text :
       {"not json", "{\"attc_tune_db\": 2, \"entries\": []}",
        "{\"attc_tune_db\": 1, \"entries\": [{\"spec\": 3}]}", "[1, 2]"}) {
    std::ofstream(path) << text;
    chmod(path.c_str(), 0600);
    EXPECT_TRUE(TuneDb::load(path, warning).rows.empty()) << text;
    EXPECT_NE(warning.find("tuning database ignored"), std::string::npos)
        << text;
    EXPECT_EQ(warning.find('\n'), std::string::npos);
  }
  TuneDb db;
  db.record(key(1, 64), entry(64, 64, 1.0));
  std::remove(path.c_str());
  ASSERT_FALSE(bool(db.save(path)));
  chmod(path.c_str(), 0620);
  EXPECT_TRUE(TuneDb::load(path, warning).rows.empty());
  EXPECT_NE(warning.find("writable by group or others"), std::string::npos);
  chmod(path.c_str(), 0600);
  if (geteuid() == 0) { // only root can give a file away
    ASSERT_EQ(chown(path.c_str(), 65534, 65534), 0);
    EXPECT_TRUE(TuneDb::load(path, warning).rows.empty());
    EXPECT_NE(warning.find("not this user"), std::string::npos);
  }
  std::string link = dir + "/link.json";
  ASSERT_EQ(symlink(path.c_str(), link.c_str()), 0);
  EXPECT_TRUE(TuneDb::load(link, warning).rows.empty());
  EXPECT_NE(warning, "");
}

TEST(TuneDb, ConcurrentWritersLoseNothing) {
  std::string dir = tempDir(), path = dir + "/db.json";
  const int kWriters = 6;
  for (int w = 0; w < kWriters; ++w)
    if (fork() == 0) {
      for (int i = 0; i < 5; ++i) {
        TuneDb db;
        db.record(key(w * 10 + i, 64), entry(64, 64, 1.0));
        if (db.save(path))
          _exit(1);
      }
      _exit(0);
    }
  for (int w = 0; w < kWriters; ++w) {
    int status = 0;
    wait(&status);
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  }
  std::string warning;
  TuneDb db = TuneDb::load(path, warning);
  EXPECT_EQ(warning, "");
  EXPECT_EQ(db.rows.size(), size_t(kWriters * 5));
}

TEST(ScheduleSpace, NothingTheResourceModelRejectsIsEnumerated) {
  const TargetSchedule *cpu = findTargetSchedule("cpu");
  ASSERT_NE(cpu, nullptr);
  for (int64_t cache : {int64_t(64) << 10, int64_t(512) << 10, int64_t(8) << 20})
    for (int64_t d : {64, 128, 256}) {
      const int64_t dims[7] = {1, 16, 2, 4096, 4096, d, d};
      std::vector<ScheduleChoice> all = enumerateSchedules(*cpu, dims, cache);
      for (const ScheduleChoice &c : all)
        EXPECT_EQ(rejectSchedule(*cpu, c, dims, cache), "")
            << c.tileQ << "x" << c.tileK << " D=" << d;
      if (cache >= (int64_t(8) << 20))
        EXPECT_GT(all.size(), 8u);
    }
  // A small cache prunes the large tiles.
  const int64_t dims[7] = {1, 8, 8, 4096, 4096, 256, 256};
  EXPECT_NE(rejectSchedule(*cpu, {128, 256, 1, 1}, dims, 256 << 10), "");
  EXPECT_NE(rejectSchedule(*cpu, {64, 64, 1, 8}, dims, 0), "");  // 8 ∤ 1
  EXPECT_EQ(rejectSchedule(*cpu, {64, 64, 2, 1}, dims, 0), "");  // split-KV
  EXPECT_NE(rejectSchedule(*cpu, {64, 64, 0, 1}, dims, 0), "");  // 0 splits
  EXPECT_EQ(rejectSchedule(*cpu, {64, 64, 1, 1}, dims, 0), "");
  // A short sequence does not get tiles taller than itself.
  const int64_t shortDims[7] = {1, 8, 8, 5, 5, 64, 64};
  for (const ScheduleChoice &c :
       enumerateSchedules(*cpu, shortDims, int64_t(8) << 20))
    EXPECT_TRUE(c.tileQ <= 16 || c.tileQ == cpu->tileQ);
}

TEST(ScheduleSpace, HopperCandidatesFitItsModel) {
  const TargetSchedule *cuda = findTargetSchedule("cuda");
  ASSERT_NE(cuda, nullptr);
  for (int64_t d : {64, 128, 256}) {
    const int64_t dims[7] = {1, 16, 8, 4096, 4096, d, d};
    int hopper = 0;
    for (const ScheduleChoice &c : enumerateSchedules(*cuda, dims, 0, "bf16"))
      if (c.warpgroups) {
        ++hopper;
        EXPECT_EQ(rejectHopper(*cuda, c, "bf16", dims), "")
            << c.tileQ << "x" << c.tileK << " D=" << d;
        EXPECT_EQ(c.warpgroups, c.tileQ * c.headsPerTask / 64);
      }
    EXPECT_GT(hopper, 0) << "D=" << d;
    // Without the storage type the tuner times mma.sync only.
    for (const ScheduleChoice &c : enumerateSchedules(*cuda, dims, 0))
      EXPECT_EQ(c.warpgroups, 0);
  }
  const int64_t dims[7] = {1, 8, 8, 4096, 4096, 128, 128};
  EXPECT_NE(rejectHopper(*cuda, {128, 128, 1, 1, 2}, "f32", dims), "");
  EXPECT_NE(rejectHopper(*cuda, {32, 128, 1, 1, 0}, "bf16", dims), "");
  EXPECT_NE(rejectHopper(*cuda, {128, 96, 1, 1, 2}, "bf16", dims), "");
  EXPECT_NE(rejectHopper(*findTargetSchedule("hip"), {128, 128, 1, 1, 2},
                         "bf16", dims),
            "");
}

} // namespace
