import type { MessageTable } from '../core/messages.js';

/** العربية. */
export default {
  unavailable: 'هذا المحتوى غير متاح.',
  notStated: 'غير مذكور',
  sources: 'المصادر',
  updates: 'التحديثات',
  asOf: 'حتى {date}',
  unverified: 'لم يتم التحقق',
  disputed: 'متنازع عليه',
  confirmed: 'مؤكد',
  false: 'خاطئ',
  misleading: 'مضلل',
  approximately: 'نحو {n}',
  'at least': '{n} على الأقل',
  'at most': '{n} على الأكثر',
  timesHigher: 'أعلى بـ{n} مرة',
  more: 'أكثر بـ{n}',
  same: 'متساوٍ',
  summaryFigures: 'يختلف {who} حول عدد «{metric}»: {values}.',
  summaryAgree: 'يتفق {who} على عدد «{metric}»: {values}.',
  summaryClaims: 'يدلي {who} بادعاءات متضاربة حول «{topic}».',
  versus: ' مقابل ',
} satisfies MessageTable;
