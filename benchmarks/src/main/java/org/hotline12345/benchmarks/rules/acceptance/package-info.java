/**
 * JMH benchmark of acceptance (受理) and emergency referral (紧急转办) with the full keyword list:
 * hotline-rules' preset acceptance table (受理规则) deciding a mix of appeal texts, and the same
 * table scaled to about a thousand keywords, against the naive baseline of a loop of {@code
 * String.contains} over the keywords. {@link
 * org.hotline12345.benchmarks.rules.acceptance.AcceptanceBenchmark} measures one decision;
 * {@link org.hotline12345.benchmarks.rules.acceptance.AcceptanceAppeal#mix()} is the workload.
 */
package org.hotline12345.benchmarks.rules.acceptance;
