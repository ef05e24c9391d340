import type { MessageTable } from '../core/messages.js';

/** Русский. */
export default {
  unavailable: 'Этот материал недоступен.',
  notStated: 'не указано',
  sources: 'Источники',
  updates: 'Обновления',
  asOf: 'По состоянию на {date}',
  unverified: 'Не проверено',
  disputed: 'Оспаривается',
  confirmed: 'Подтверждено',
  false: 'Ложь',
  misleading: 'Вводит в заблуждение',
  approximately: 'около {n}',
  'at least': 'не менее {n}',
  'at most': 'не более {n}',
  timesHigher: 'в {n} раза больше',
  'timesHigher.one': 'в {n} раз больше',
  'timesHigher.few': 'в {n} раза больше',
  'timesHigher.many': 'в {n} раз больше',
  more: 'на {n} больше',
  same: 'одинаково',
  summaryFigures: '{who} расходятся в показателе «{metric}»: {values}.',
  summaryAgree: '{who} приводят одинаковое значение показателя «{metric}»: {values}.',
  summaryClaims: '{who} делают противоречивые заявления по теме «{topic}».',
  versus: ' против ',
} satisfies MessageTable;
