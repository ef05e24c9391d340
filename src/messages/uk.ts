import type { MessageTable } from '../core/messages.js';

/** Українська. */
export default {
  unavailable: 'Цей вміст недоступний.',
  notStated: 'не вказано',
  sources: 'Джерела',
  updates: 'Оновлення',
  asOf: 'Станом на {date}',
  unverified: 'Не перевірено',
  disputed: 'Оскаржується',
  confirmed: 'Підтверджено',
  false: 'Неправда',
  misleading: 'Вводить в оману',
  approximately: 'близько {n}',
  'at least': 'щонайменше {n}',
  'at most': 'щонайбільше {n}',
  timesHigher: 'у {n} раза більше',
  'timesHigher.one': 'у {n} раз більше',
  'timesHigher.few': 'у {n} рази більше',
  'timesHigher.many': 'у {n} разів більше',
  more: 'на {n} більше',
  same: 'однаково',
  summaryFigures: '{who} розходяться щодо показника «{metric}»: {values}.',
  summaryAgree: '{who} наводять однакове значення показника «{metric}»: {values}.',
  summaryClaims: '{who} роблять суперечливі заяви щодо теми «{topic}».',
  versus: ' проти ',
} satisfies MessageTable;
