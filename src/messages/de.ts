import type { MessageTable } from '../core/messages.js';

/** Deutsch. */
export default {
  unavailable: 'Dieser Inhalt ist nicht verfügbar.',
  notStated: 'keine Angabe',
  sources: 'Quellen',
  updates: 'Aktualisierungen',
  asOf: 'Stand: {date}',
  unverified: 'Nicht überprüft',
  disputed: 'Umstritten',
  confirmed: 'Bestätigt',
  false: 'Falsch',
  misleading: 'Irreführend',
  approximately: 'etwa {n}',
  'at least': 'mindestens {n}',
  'at most': 'höchstens {n}',
  timesHigher: '{n}-mal so hoch',
  more: '{n} mehr',
  same: 'gleich',
  summaryFigures: '{who} nennen unterschiedliche Zahlen für „{metric}“: {values}.',
  summaryAgree: '{who} nennen dieselbe Zahl für „{metric}“: {values}.',
  summaryClaims: '{who} machen widersprüchliche Angaben zum Thema „{topic}“.',
  versus: ' gegenüber ',
} satisfies MessageTable;
