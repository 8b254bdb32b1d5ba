import nodemailer from 'nodemailer';
import type { MailTransport } from './outbox-worker.ts';

/** nodemailer over SMTP (`MOTCUA_SMTP_URL`, e.g. smtp://user:pass@mail.example.vn:587). */
export function smtpTransport(url: string, from: string): MailTransport {
  const transporter = nodemailer.createTransport(url);
  return {
    send: async (message) => {
      await transporter.sendMail({
        from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        messageId: message.messageId,
      });
    },
  };
}
