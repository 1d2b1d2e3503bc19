package dev.argus.alerts;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.Date;
import java.util.Properties;

/**
 * Sends a notification as an e-mail over SMTP (Jakarta Mail, Angus's implementation): a plain-text
 * part and a simple HTML part listing the stories and their articles. Without SMTP settings every
 * e-mail delivery fails with a message saying where to put them.
 */
final class EmailSender implements Sender {

  private final SmtpSettings smtp;
  private final Session session;

  EmailSender(SmtpSettings smtp) {
    this.smtp = smtp;
    this.session = smtp == null ? null : session(smtp);
  }

  private static Session session(SmtpSettings s) {
    Properties p = new Properties();
    String proto = s.tls() == SmtpSettings.Tls.SSL ? "smtps" : "smtp";
    p.put("mail.transport.protocol", proto);
    // Transport.send picks the transport by the recipient's address type, not the property above:
    // without this, implicit TLS went to the plain "smtp" transport on localhost:25.
    p.put("mail.transport.protocol.rfc822", proto);
    p.put("mail." + proto + ".host", s.host());
    p.put("mail." + proto + ".port", String.valueOf(s.port()));
    String ms = String.valueOf(s.timeout().toMillis());
    p.put("mail." + proto + ".connectiontimeout", ms);
    p.put("mail." + proto + ".timeout", ms);
    p.put("mail." + proto + ".writetimeout", ms);
    if (s.tls() == SmtpSettings.Tls.STARTTLS) {
      p.put("mail.smtp.starttls.enable", "true");
      p.put("mail.smtp.starttls.required", "true");
    }
    if (s.tls() != SmtpSettings.Tls.NONE) {
      p.put("mail." + proto + ".ssl.checkserveridentity", "true");
      if (s.truststore() != null) {
        // Used for implicit TLS and for the STARTTLS upgrade alike.
        p.put("mail." + proto + ".ssl.socketFactory", s.trustingSocketFactory());
      }
    }
    Authenticator auth = null;
    if (s.username() != null && !s.username().isBlank()) {
      p.put("mail." + proto + ".auth", "true");
      auth =
          new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
              return new PasswordAuthentication(
                  s.username(), s.password() == null ? "" : s.password());
            }
          };
    }
    return Session.getInstance(p, auth);
  }

  @Override
  public Result send(AlertStore.Outgoing o) {
    if (smtp == null) {
      return Result.fail(
          0, "no SMTP server configured: write host, port and from to DATA/alerts/smtp.properties");
    }
    Channel.Email to = (Channel.Email) o.channel();
    Notification n = o.notification();
    try {
      MimeMessage m = new MimeMessage(session);
      m.setFrom(new InternetAddress(smtp.from(), true));
      m.setRecipient(Message.RecipientType.TO, new InternetAddress(to.to(), true));
      m.setSubject(n.subject(), "UTF-8");
      m.setSentDate(Date.from(n.time()));
      m.setHeader("X-Argus-Delivery", o.id());
      MimeBodyPart text = new MimeBodyPart();
      text.setText(Messages.text(n), "UTF-8");
      MimeBodyPart html = new MimeBodyPart();
      html.setContent(Messages.html(n), "text/html; charset=UTF-8");
      MimeMultipart body = new MimeMultipart("alternative");
      body.addBodyPart(text);
      body.addBodyPart(html);
      m.setContent(body);
      Transport.send(m);
      return Result.ok(0);
    } catch (SendFailedException e) {
      // Addresses the server refused will be refused again.
      boolean invalid = e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0;
      return invalid
          ? Result.fail(0, "smtp: " + e.getMessage())
          : Result.retry(0, "smtp: " + e.getMessage());
    } catch (MessagingException e) {
      return Result.retry(0, "smtp: " + describe(e));
    }
  }

  /**
   * The message and its deepest cause's: "Could not connect to SMTP host" alone hides whether the
   * host was down or its certificate was refused.
   */
  static String describe(Exception e) {
    Throwable root = e;
    for (int depth = 0; root.getCause() != null && depth < 10; depth++) root = root.getCause();
    String message = String.valueOf(e.getMessage());
    if (root == e || root.getMessage() == null || message.contains(root.getMessage())) {
      return message;
    }
    return message + " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
  }
}
