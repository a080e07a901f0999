/**
 * An Open311 GeoReport v2 endpoint (开放311接口) over the Hotline SDK's {@code HotlineService}:
 * {@link org.hotline12345.examples.open311.Open311Endpoint}, which a host embeds or starts on its
 * own, and {@link org.hotline12345.examples.open311.Open311Server}, which runs it on the rules
 * module's Nanjing-style presets, in memory or on an H2 file. It publishes the public view of
 * cases only: no name, phone, e-mail, street address, free text or attachment of any citizen.
 */
package org.hotline12345.examples.open311;
