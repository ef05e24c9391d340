import seedArticle from '../../../examples/seed-article.json';
import type { BadFixture, Fixture } from '../../test-support/fixture.js';

const seed = seedArticle.quotes[0];

/** Zelenskyy's video from outside the presidential office, 25 February 2022, with an English translation. */
const zelenskyy = {
  text: 'Ми всі тут. Наші військові тут. Громадяни в суспільстві тут. Ми всі тут, захищаємо нашу незалежність, нашу державу, і так буде надалі.',
  translation:
    'We are all here. Our soldiers are here. The citizens of our country are here. We are all here defending our independence, our state, and it will remain so.',
  language: 'uk',
  speaker: { name: 'Volodymyr Zelenskyy', role: 'President of Ukraine', kind: 'person' },
  date: '2022-02-25',
  platform: 'Video address',
  url: 'https://example.org/2022/02/25/zelenskyy-video-address',
  context: 'Filmed on a phone outside the presidential office in Kyiv on the second night of the invasion.',
};

/** The seed quote as an Arabic-language page would run it: the English original with an Arabic translation. */
const blinkenInArabic = {
  ...seed,
  translation:
    'أغادر اليوم للقاء الحلفاء والشركاء الأوروبيين في بلجيكا وبولندا ومولدوفا وليتوانيا ولاتفيا وإستونيا، لتأكيد تضامننا وعزمنا على محاسبة الحكومتين الروسية والبيلاروسية على حربهما الوحشية ضد أوكرانيا.',
  speaker: { ...seed.speaker, name: 'أنتوني بلينكن', role: 'وزير الخارجية الأمريكي' },
};

export const valid: Fixture[] = [
  { name: 'seed', title: "The seed story: Blinken's tweet as he departs for Europe", data: seed },
  {
    name: 'translated',
    title: 'A quote in Ukrainian with an English translation: the translation first, the original a button away',
    data: zelenskyy,
  },
  {
    name: 'translatedUpdated',
    title: 'A linked speaker, a link without a platform, and an updates log',
    data: {
      ...zelenskyy,
      platform: undefined,
      speaker: { ...zelenskyy.speaker, url: 'https://www.president.gov.ua/en' },
      updates: [
        { date: '2022-02-26', text: 'Corrected the translation of the last sentence.' },
        { date: '2022-02-27', text: 'Added a link to the official transcript.' },
      ],
    },
  },
  {
    name: 'minimal',
    title: 'Only the required fields: text and speaker as a string',
    data: { text: 'We will not give up.', speaker: 'A resident of Kharkiv' },
  },
  {
    name: 'longText',
    title: 'A long quote and long names wrap',
    data: {
      ...seed,
      text: `${`${seed.text} `.repeat(3)}Supercalifragilisticexpialidociousandthensomeunbreakablestringwithoutspaces.`,
      speaker: { ...seed.speaker, role: 'Secretary of State of the United States of America, the 71st person to hold the office' },
      context:
        'Posted from Joint Base Andrews before boarding the plane for Brussels, the first of six stops on a trip planned in a hurry.',
    },
  },
  {
    name: 'arabic',
    title: 'Arabic, right to left (lang="ar"): the English original with an Arabic translation',
    data: blinkenInArabic,
    lang: 'ar',
  },
  { name: 'dark', title: 'Dark theme', data: zelenskyy, theme: 'dark' },
  { name: 'narrow', title: 'In a 320 px sidebar', data: zelenskyy, width: 320 },
];

export const invalid: BadFixture[] = [
  {
    name: 'missingText',
    title: 'No text',
    data: { ...seed, text: undefined },
    path: '/text',
    message: 'expected a non-empty string (required), got nothing',
  },
  {
    name: 'missingSpeaker',
    title: 'No speaker',
    data: { ...seed, speaker: undefined },
    path: '/speaker',
    message: 'expected an object or a string (required), got nothing',
  },
  {
    name: 'javascriptUrl',
    title: 'A javascript: URL',
    data: { ...seed, url: 'javascript:alert(1)' },
    path: '/url',
    message: 'expected an http(s) or relative URL without spaces, got the string "javascript:alert(1)"',
  },
  {
    name: 'impossibleDate',
    title: 'The 30th of February',
    data: { ...seed, date: '2022-02-30' },
    path: '/date',
    message: 'expected a real calendar date, got the string "2022-02-30"',
  },
  {
    name: 'languageName',
    title: 'A language written as a name, not a BCP 47 tag',
    data: { ...zelenskyy, language: 'Ukrainian' },
    path: '/language',
    message: 'expected a BCP 47 language tag like "uk" or "pt-BR", got the string "Ukrainian"',
  },
];
