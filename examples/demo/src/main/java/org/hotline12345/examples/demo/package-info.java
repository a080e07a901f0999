/**
 * The main demo (演示): one command runs a simulated month of a Nanjing-style 12345 hotline and
 * writes its HTML report. {@link org.hotline12345.examples.demo.DemoCommand} is the command line;
 * the rest is the simulation (the city's data read as a host reads its files, the generated
 * appeals, the departments' behaviour) and the month read back for the report.
 */
package org.hotline12345.examples.demo;
