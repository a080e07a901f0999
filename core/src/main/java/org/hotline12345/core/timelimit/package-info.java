/**
 * Time-limit policies (时限规则): the limit of each stage of a case (sign for, first contact,
 * resolution, return, callback) keyed by appeal type, category and urgency, with the seeds'
 * presets.
 */
package org.hotline12345.core.timelimit;
