import { audit } from '../audit/log';
import { policy } from '../auth/policies';
import { type Route, type RouteDeps, route } from '../http/routes';
import { listOutbox, retryMail } from './outbox';
import { OutboxQuery } from './schemas';

export function mailRoutes({ db, settings }: RouteDeps): Route[] {
  return [
    route('outbox', {
      method: 'get',
      path: '/outbox',
      status: 200,
      policy: policy.admin,
      input: { query: OutboxQuery },
      handler: ({ query }) => listOutbox(db, settings.mail.smtpUrl !== null, query.status),
    }),
    route('retryMail', {
      method: 'post',
      path: '/outbox/:messageId/retry',
      status: 200,
      policy: policy.admin,
      input: {},
      handler: ({ params }, { user }) =>
        db.transaction(async (trx) => {
          const message = await retryMail(trx, params.messageId);
          await audit(trx, user, 'mail.retry', { type: 'mail', id: message.id });
          return message;
        }),
    }),
  ];
}
