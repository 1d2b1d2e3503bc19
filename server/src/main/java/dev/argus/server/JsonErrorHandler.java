package dev.argus.server;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own errors (a request line or headers too large, a malformed request) as the API's JSON,
 * without the HTML page and the stack traces Jetty would otherwise show.
 */
final class JsonErrorHandler extends ErrorHandler {

  JsonErrorHandler() {
    setShowStacks(false);
    setShowCauses(false);
  }

  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int code,
      String message,
      Throwable cause,
      Callback callback)
      throws IOException {
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, Json.TYPE);
    response.write(true, ByteBuffer.wrap(body(code, message)), callback);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, Json.TYPE);
    return ByteBuffer.wrap(body(status, reason));
  }

  private static byte[] body(int code, String message) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("error", message == null || message.isBlank() ? HttpStatus.getMessage(code) : message);
    m.put("status", code);
    try {
      return Json.MAPPER.writeValueAsBytes(m);
    } catch (IOException e) {
      return ("{\"error\":\"HTTP " + code + "\",\"status\":" + code + "}").getBytes();
    }
  }
}
