import { formatDate, formatDateRange, formatNumber, formatList, safeLocale } from './format.js';
describe('probe', () => {
  it('prints', () => {
    const out: Record<string, string> = {};
    const dates = ['2022', '2022-03', '2022-03-03', '2022-03-05T10:00:00+01:00', '2022-03-05T10:00:00Z', '2022-03-05T23:30:00-05:30', '2022-03-05T00:00:00Z'];
    for (const lang of ['en', 'en-GB', 'de', 'uk']) {
      for (const d of dates) out[`${lang} ${d}`] = formatDate(d, lang);
      for (const [a, b] of [['2022-03-03', '2022-03-08'], ['2022-02-24', '2022-03-03'], ['2021-12-30', '2022-01-02'], ['2022-03', '2022-05'], ['2021', '2022'], ['2022-03', '2022-03-08'], ['2022-03-03', '2022-03-03'], ['2022-03-05T10:00:00+01:00', '2022-03-05T12:00:00+01:00'], ['2022-03-05T10:00:00+01:00', '2022-03-05T12:00:00Z'], ['2021-12', '2022-02']]) out[`${lang} ${a}..${b}`] = formatDateRange(a, b, lang);
      out[`${lang} num`] = formatNumber(9000, lang) + ' | ' + formatNumber(1234567.5, lang);
      out[`${lang} list`] = formatList(['a', 'b', 'c'], lang) + ' | ' + formatList(['a', 'b'], lang);
    }
    out.locales = JSON.stringify([safeLocale('en-gb'), safeLocale('not a tag!'), safeLocale(''), safeLocale(null), safeLocale(undefined), safeLocale('EN'), safeLocale('uk-ua'), safeLocale('zh-hant-tw'), safeLocale('en_US'), safeLocale('x')]);
    console.log(JSON.stringify(out, null, 1));
  });
});
