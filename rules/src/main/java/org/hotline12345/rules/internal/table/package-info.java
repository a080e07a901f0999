/**
 * Implementation of decision tables: the condition parser, typed cells and their set algebra,
 * the compiled bit-set engine, verification, and the table file reader and writer. Not
 * exported; hosts must not depend on it.
 */
package org.hotline12345.rules.internal.table;
