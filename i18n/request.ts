import { getRequestConfig } from 'next-intl/server';
import { messages } from './messages';

// Dutch only: no locale in the URL, no negotiation.
export default getRequestConfig(async () => ({
  locale: 'nl',
  timeZone: 'Europe/Amsterdam',
  messages,
}));
