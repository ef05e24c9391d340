/**
 * Every language's table is whole (src/messages/<lang>.ts against the English one): every key,
 * a plural form for every category the language uses for every counted key, and the English
 * placeholders, no fewer and no others. And the words a newsroom registers win, where they should.
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { test } from 'node:test';
import { plain } from './format.js';
import { COUNT_INVARIANT, COUNTED, type CountedKey, en, loadMessages, type MessageTable, registerMessages, t } from './messages.js';

const languages = readdirSync('src/messages').map((file) => file.replace(/\.ts$/, ''));
const tables: Record<string, MessageTable> = {
  en,
  ...Object.fromEntries(await Promise.all(languages.map(async (lang) => [lang, (await import(`../messages/${lang}.js`)).default]))),
};
const keys = Object.keys(en).filter((key) => !key.includes('.'));
const categories = (lang: string) => new Intl.PluralRules(lang).resolvedOptions().pluralCategories as Intl.LDMLPluralRule[];
/** A message as read, without the bidi isolates `t()` puts around what it fills in. */
const said = plain;
const placeholders = (message: string) => [...new Set(message.match(/\{\w+\}/g) ?? [])].sort();

test('a newsroom’s words: a new language, or words of its own over Claimkit’s, even over a table loaded later', async () => {
  registerMessages('pt-BR', { notStated: 'não informado' });
  assert.equal(said(t('pt-BR', 'notStated')), 'não informado');
  assert.equal(said(t('pt-BR', 'sources')), 'Sources');
  registerMessages('es', { notStated: 'sin dato' });
  await loadMessages('es');
  assert.equal(said(t('es', 'notStated')), 'sin dato');
  assert.equal(said(t('es-MX', 'notStated')), 'sin dato');
  assert.equal(said(t('es', 'sources')), 'Fuentes');
  registerMessages('EN', { sources: 'Sourced from' });
  assert.equal(said(t('en-GB', 'sources')), 'Sourced from');
  assert.equal(said(t('pt-BR', 'sources')), 'Sourced from');
});

test('Claimkit speaks eight languages, each loaded on demand', async () => {
  assert.deepEqual(Object.keys(tables).sort(), ['ar', 'de', 'en', 'es', 'fr', 'pl', 'ru', 'uk']);
  for (const lang of languages) {
    await loadMessages(`${lang}-XX`);
    assert.equal(said(t(`${lang}-XX`, 'unavailable')), tables[lang].unavailable, `${lang}: its loader`);
  }
});

test('every table has every key of the English one, and no other', () => {
  const problems = Object.entries(tables).flatMap(([lang, table]) => {
    const known = new Set([...keys, ...COUNTED.flatMap((key) => categories(lang).map((category) => `${key}.${category}`))]);
    return [
      ...keys.filter((key) => !(key in table)).map((key) => `${lang} lacks ${key}`),
      // A plural form for a category the language does not use, or a typo.
      ...Object.keys(table)
        .filter((key) => !known.has(key))
        .map((key) => `${lang} has ${key}, which no element asks for`),
      ...(/^(long|short)$/.test(table.compact ?? '') ? [] : [`${lang}: compact is "${table.compact}", not long or short`]),
    ];
  });
  assert.deepEqual(problems, []);
});

test('every counted key has a form for every plural category of every language', () => {
  // The plain key is the `other` form.
  const problems = Object.entries(tables).flatMap(([lang, table]) =>
    COUNTED.filter((key) => !COUNT_INVARIANT.includes(key)).flatMap((key) =>
      categories(lang)
        .filter((category) => category !== 'other' && !(`${key}.${category}` in table))
        .map((category) => `${lang} lacks ${key}.${category}`),
    ),
  );
  assert.deepEqual(problems, []);
  for (const key of COUNTED) assert.deepEqual(placeholders(en[key]), ['{n}'], `${key} says its count as {n}`);
});

test('every translation fills the English placeholders, and no others', () => {
  const problems = Object.entries(tables).flatMap(([lang, table]) =>
    Object.entries(table).flatMap(([name, message]) => {
      const [key, category] = name.split('.') as [CountedKey, Intl.LDMLPluralRule?];
      const english = placeholders(en[key]);
      // A dual or a one may say its count in the word itself: "مرتين", "نقطة مئوية واحدة".
      const inWords = category === 'zero' || category === 'one' || category === 'two' ? ['{n}'] : [];
      return [
        ...placeholders(message)
          .filter((placeholder) => !english.includes(placeholder))
          .map((placeholder) => `${lang} ${name} has ${placeholder}, which English does not`),
        ...english
          .filter((placeholder) => !message.includes(placeholder) && !inWords.includes(placeholder))
          .map((placeholder) => `${lang} ${name} leaves out ${placeholder}`),
      ];
    }),
  );
  assert.deepEqual(problems, []);
});

test('plural forms follow the count, a range takes the range’s, and English words take English forms', async () => {
  await Promise.all(['ar', 'pl'].map(loadMessages));
  assert.equal(said(t('ar', 'times', { n: '2' }, 2)), 'أعلى بمرتين');
  assert.equal(said(t('ar', 'times', { n: '3' }, 3)), 'أعلى بـ3 مرات');
  assert.equal(said(t('ar', 'times', { n: '11' }, 11)), 'أعلى بـ11 مرة');
  // 1.5–2 is not "twice".
  assert.equal(said(t('ar', 'times', { n: '1.5–2' }, [1.5, 2])), 'أعلى بـ1.5–2 مرة');
  assert.equal(said(t('pl', 'points', { n: '5' }, 5)), '5 punktów procentowych');
  assert.equal(said(t('pl', 'points', { n: '1,5' }, 1.5)), '1,5 punktu procentowego');
  // Portuguese has no table: English words, with English's plural forms ("1 percentage point").
  assert.equal(said(t('pt', 'points', { n: '1' }, 1)), '1 percentage point');
  assert.equal(said(t('pt', 'points', { n: '0' }, 0)), '0 percentage points');
});
