/**
 * The supervision sweep (督办巡检) at steady state on a million open cases: {@link
 * org.hotline12345.benchmarks.supervision.SupervisionSweepBenchmark}.
 */
package org.hotline12345.benchmarks.supervision;
