package org.hotline12345.examples.demo;

import java.time.Instant;
import java.util.SplittableRandom;
import org.hotline12345.core.casefile.CaseId;
import org.hotline12345.core.department.DepartmentId;

/** One appeal's way through the simulated month: its case, its own random draws, its progress. */
final class CaseRun {

  final AppealSpec spec;
  final SplittableRandom random;
  CaseId id;
  DepartmentId lead;
  int round;
  int returns;
  int reopens;
  boolean contacted;
  Instant contactAt;

  CaseRun(AppealSpec spec, long seed) {
    this.spec = spec;
    this.random = new SplittableRandom(seed);
  }

  /** A uniform draw in [from, to). */
  double between(double from, double to) {
    return from + random.nextDouble() * (to - from);
  }

  boolean chance(double p) {
    return random.nextDouble() < p;
  }

  @Override
  public String toString() {
    return "CaseRun[" + spec + ", round " + round + "]";
  }
}
