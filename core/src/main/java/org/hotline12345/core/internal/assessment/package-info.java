/**
 * How assessment (考核) counts a case and reads and writes its files: the counting rules, the
 * scheme file reader and the ledger's text. Not exported.
 */
package org.hotline12345.core.internal.assessment;
