/** The outbox API (shared with the client): administrators read what was, is being and will be sent. */
import { get, post } from '../http/endpoint.shared';
import type { OutboxMessage, OutboxQuery, OutboxView } from './types';

export const mailEndpoints = {
  outbox: get('/outbox').query<OutboxQuery>().returns<OutboxView>(),
  retryMail: post('/outbox/:messageId/retry').returns<OutboxMessage>(),
};
