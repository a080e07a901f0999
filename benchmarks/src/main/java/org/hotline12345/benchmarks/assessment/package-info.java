/**
 * Benchmarks of assessment (考核): a month of two million cases scored in one pass from their
 * facts, with memory in proportion to the departments. Results in {@code docs/benchmarks.md}.
 */
package org.hotline12345.benchmarks.assessment;
