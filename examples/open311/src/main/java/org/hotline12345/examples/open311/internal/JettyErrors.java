package org.hotline12345.examples.open311.internal;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own refusals (a request line or headers too large, a malformed or ambiguous URI, a
 * body Jetty would not read) as Open311 error documents instead of Jetty's HTML page: the
 * status Jetty chose, in the format of the path when it can be read, XML otherwise. Never the
 * request's text.
 */
public final class JettyErrors extends ErrorHandler {

  /** Creates the handler. */
  public JettyErrors() {
    setShowStacks(false);
    setShowCauses(false);
  }

  @Override
  protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
      Callback callback) {
    Format format = Format.XML;
    try {
      format = Dispatch.formatOf(request.getHttpURI() == null ? null : request.getHttpURI().getPath());
    } catch (RuntimeException unreadable) {
      // an URI Jetty could not read: XML
    }
    byte[] body = Dispatch.errors(failure(code)).write(format);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, format.contentType());
    response.write(true, ByteBuffer.wrap(body), callback);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, Format.XML.contentType());
    return ByteBuffer.wrap(Dispatch.errors(failure(status)).write(Format.XML));
  }

  private static Open311Failure failure(int code) {
    int status = code >= 400 && code < 600 ? code : 400;
    String description = switch (status) {
      case 413 -> "request: the body is too large";
      case 414 -> "request: the request line (the path and query string) is too long; post the parameters instead";
      case 431 -> "request: the headers are too large";
      case 500 -> "the server failed; try again later";
      default -> "request: refused by the HTTP server (" + status + ")";
    };
    return Open311Failure.of(status, description);
  }
}
