/** The report's internals: the JSON of the charts, number formats, the page's model. Not API. */
package org.hotline12345.examples.report.internal;
