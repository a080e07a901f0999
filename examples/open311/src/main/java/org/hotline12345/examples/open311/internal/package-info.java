/**
 * The endpoint's internals: parameters read as UTF-8, the services of the taxonomy, intake of
 * requests as appeals, the public view as requests, W3C dates, and the JSON and XML documents.
 * Not an API: these types change without notice.
 */
package org.hotline12345.examples.open311.internal;
