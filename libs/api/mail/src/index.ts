export * from './lib/mail-outbox.entity';
export * from './lib/outbox-email.entity';
export * from './lib/mail.options';
export * from './lib/mail.module';
export { MAIL_MAX_ATTEMPTS, MailService, type Mail, mailBackoffMinutes } from './lib/mail.service';
export { type MailParams, type MailTemplate, danishDate } from './lib/mail-templates';
