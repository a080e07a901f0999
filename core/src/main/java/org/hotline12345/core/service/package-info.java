/**
 * The application services (应用服务): {@link org.hotline12345.core.service.HotlineService},
 * which a host wires once with its store, lifecycle and clock, and then calls to submit
 * appeals, run lifecycle commands by case id, query cases and sweep for supervision, each call
 * one unit of work of the persistence SPI.
 */
package org.hotline12345.core.service;
